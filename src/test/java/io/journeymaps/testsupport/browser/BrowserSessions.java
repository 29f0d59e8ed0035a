package io.journeymaps.testsupport.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.opentest4j.TestAbortedException;

/**
 * The browsers of one test: {@link #open()} starts a headless Chromium (as many as the test needs,
 * e.g. two editors at once); when the test fails each one leaves a screenshot, its page HTML and its
 * console under target/screenshots ({@code FAILED-<class>-<test>-<n>.*}); all quit after the test.
 * Register with {@code @RegisterExtension final BrowserSessions browsers = new BrowserSessions();}.
 */
public final class BrowserSessions implements AfterTestExecutionCallback, AfterEachCallback {
    private final List<ChromeDriver> drivers = new ArrayList<>();

    public ChromeDriver open() {
        ChromeDriver driver = Chromium.start();
        drivers.add(driver);
        return driver;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Throwable failure = context.getExecutionException().orElse(null);
        if (failure == null || failure instanceof TestAbortedException) {
            return;
        }
        String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        for (int i = 0; i < drivers.size(); i++) {
            record(drivers.get(i), name + "-" + (i + 1));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (ChromeDriver driver : drivers) {
            try {
                driver.quit();
            } catch (WebDriverException e) {
                System.out.println("could not quit a browser: " + e.getMessage());
            }
        }
        drivers.clear();
    }

    /** Screenshot, HTML and console of one browser; never throws (the test's own failure matters). */
    static void record(ChromeDriver driver, String name) {
        try {
            Screenshots.save(driver, name);
            Screenshots.saveText(driver.getPageSource(), name + ".html");
            Screenshots.saveText(console(driver), name + "-console.txt");
            System.out.println("browser state saved as target/screenshots/" + name + ".{png,html,-console.txt}");
        } catch (RuntimeException e) {
            System.out.println("could not record the browser state for " + name + ": " + e);
        }
    }

    /** The page's console messages so far (errors of the editor show up here). */
    public static String console(ChromeDriver driver) {
        try {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::toString).collect(Collectors.joining("\n"));
        } catch (RuntimeException e) {
            return "(console not available: " + e.getMessage() + ")";
        }
    }
}
