#ifndef LIAISON_CNCURSESW_SHIM_H
#define LIAISON_CNCURSESW_SHIM_H

// Wide-character ncurses: must be defined before the header is read.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include <wchar.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <ncurses.h>

// Macros and C globals seen through functions, so Swift never reads ncurses globals directly.

static inline attr_t liaison_attr_normal(void) { return A_NORMAL; }
static inline attr_t liaison_attr_bold(void) { return A_BOLD; }
static inline attr_t liaison_attr_dim(void) { return A_DIM; }
static inline attr_t liaison_attr_reverse(void) { return A_REVERSE; }
static inline attr_t liaison_attr_underline(void) { return A_UNDERLINE; }

static inline WINDOW *liaison_stdscr(void) { return stdscr; }
static inline int liaison_colors(void) { return COLORS; }
static inline int liaison_color_pairs(void) { return COLOR_PAIRS; }
static inline int liaison_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int liaison_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline int liaison_key_f(int n) { return KEY_F(n); }

/// Whether the current locale's character set is UTF-8.
static inline int liaison_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

/// The size of the terminal on `fd`, from the kernel; 0 on success.
static inline int liaison_window_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

/// Draws one grapheme cluster (a spacing character followed by combining ones) with an extended
/// colour pair. Returns ERR when ncurses refuses the cluster.
static inline int liaison_put_cluster(WINDOW *w, int y, int x, const wchar_t *text, attr_t attrs, int pair) {
    cchar_t cc;
    if (setcchar(&cc, text, attrs, 0, &pair) != OK) return ERR;
    if (wmove(w, y, x) != OK) return ERR;
    wadd_wch(w, &cc);  // ERR at the bottom-right corner only means the cursor could not advance.
    return OK;
}

/// Reads one key without blocking: returns OK (a character), KEY_CODE_YES (a key code) or ERR.
static inline int liaison_get_wch(WINDOW *w, int *out) {
    wint_t ch = 0;
    int status = wget_wch(w, &ch);
    *out = (int)ch;
    return status;
}

#endif
