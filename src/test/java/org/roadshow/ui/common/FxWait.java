package org.roadshow.ui.common;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits in UI tests for a state, never for a time: the condition is checked on the FX thread until it holds
 * (cells repaint and focus moves in later pulses, which a busy machine delays). The limit only ends a test
 * whose state never comes.
 */
public final class FxWait {
    private static final long LIMIT_SECONDS = 30;

    private FxWait() {
    }

    /**
     * Replaces the text of {@code field} by typing, as a user does (click, select all, type), each step once
     * the one before has taken effect: keys go only to a focused field.
     */
    public static void replaceText(FxRobot robot, TextInputControl field, String text) {
        robot.clickOn(field);
        until("the field has the focus", field::isFocused);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        until("the field's text is all selected", () -> field.getSelectedText().equals(field.getText()));
        if (text.isEmpty()) {
            robot.push(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
        until("the field reads \"" + text + "\"", () -> field.getText().equals(text));
    }

    /** Returns once {@code condition} holds on the FX thread; fails naming {@code what} if it never does. */
    public static void until(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new AssertionError("still waiting after " + LIMIT_SECONDS + " s for: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
