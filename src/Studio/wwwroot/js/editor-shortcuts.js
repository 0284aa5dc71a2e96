// Keyboard shortcuts of the project page: Ctrl+S saves, Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) undo and redo
// design edits. Inside a text box Ctrl+Z and Ctrl+Y keep their native meaning (undo typing).
export function register(page) {
    const onKeyDown = event => {
        if (!(event.ctrlKey || event.metaKey) || event.altKey) {
            return;
        }

        const key = event.key.toLowerCase();
        const target = event.target;
        const inText = target instanceof Element && target.closest('input, textarea, [contenteditable="true"]') !== null;

        if (key === 's') {
            event.preventDefault();
            // A value typed but not yet committed is committed by its change event, which blur fires
            // and which reaches the server before the save call.
            if (inText) {
                target.blur();
                target.focus();
            }
            page.invokeMethodAsync('SaveFromShortcutAsync');
        } else if (!inText && ((key === 'z' && !event.shiftKey))) {
            event.preventDefault();
            page.invokeMethodAsync('UndoFromShortcutAsync');
        } else if (!inText && (key === 'y' || (key === 'z' && event.shiftKey))) {
            event.preventDefault();
            page.invokeMethodAsync('RedoFromShortcutAsync');
        }
    };

    document.addEventListener('keydown', onKeyDown);
    return {
        dispose: () => document.removeEventListener('keydown', onKeyDown),
    };
}
