package io.journeymaps.testsupport.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * HTML5 drag and drop by dispatched DragEvents sharing one DataTransfer: Chromium driven by
 * WebDriver does not start native HTML5 drags from synthetic mouse moves, so this is the fallback
 * when Selenium's Actions did not move anything.
 */
public final class Html5DragAndDrop {
    private static final String SCRIPT = """
            const source = arguments[0], target = arguments[1];
            const data = new DataTransfer();
            const fire = (el, type) => {
              const r = el.getBoundingClientRect();
              const event = new DragEvent(type, {bubbles: true, cancelable: true, composed: true,
                dataTransfer: data, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2});
              el.dispatchEvent(event);
              return event.defaultPrevented;
            };
            fire(source, 'dragstart');
            fire(source, 'drag');
            fire(target, 'dragenter');
            const accepted = fire(target, 'dragover');
            fire(target, 'drop');
            fire(source, 'dragend');
            return accepted;
            """;

    private Html5DragAndDrop() {
    }

    /** Returns whether the target accepted the drag (called preventDefault on dragover). */
    public static boolean drag(WebDriver driver, WebElement source, WebElement target) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(SCRIPT, source, target));
    }
}
