package io.journeymaps.testsupport.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** PNGs (and page HTML on failures) under target/screenshots, named by the test. */
public final class Screenshots {
    public static final Path FOLDER = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

    private Screenshots() {
    }

    /** The whole viewport as {@code name.png}; returns the file. */
    public static Path save(WebDriver driver, String name) {
        return write(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), name + ".png");
    }

    /** One element (e.g. a map container) as {@code name.png}, scrolled into view first. */
    public static Path save(WebElement element, String name) {
        return write(element.getScreenshotAs(OutputType.FILE).toPath(), name + ".png");
    }

    /** Text next to the screenshots (page HTML, browser console). */
    public static Path saveText(String text, String fileName) {
        try {
            Files.createDirectories(FOLDER);
            Path file = FOLDER.resolve(safe(fileName));
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("could not write " + fileName, e);
        }
    }

    private static Path write(Path shot, String fileName) {
        try {
            Files.createDirectories(FOLDER);
            Path file = FOLDER.resolve(safe(fileName));
            Files.move(shot, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("could not save screenshot " + fileName, e);
        }
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
