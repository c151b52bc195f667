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

/// Reads one byte or key code without blocking: a key code (KEY_UP …), a byte 0…255, or ERR.
/// Bytes, not wide characters: invalid UTF-8 must come through to be answered, not be an ERR.
static inline int liaison_getch(WINDOW *w) {
    return wgetch(w);
}

/// ncurses' first key code: values below it are bytes.
static inline int liaison_key_min(void) { return KEY_MIN; }

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>

/// Starts curses on this process's stdout/stdin for terminal type `term`; NULL when the type is
/// unknown. Unlike initscr it never prints or exits by itself, so the caller reports the error.
static inline SCREEN *liaison_newterm(const char *term) {
    return newterm(term, stdout, stdin);
}

/// Whether the current terminal type can place the cursor anywhere (terminfo's `cup`);
/// without it (TERM=dumb) a full-screen program can only print garbage.
static inline int liaison_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

static inline int liaison_set_escdelay(int ms) { return set_escdelay(ms); }
static inline int liaison_wcwidth(int c) { return wcwidth((wchar_t)c); }
static inline int liaison_key_code_yes(void) { return KEY_CODE_YES; }

// Signals reach the event loop through a pipe: the handler only writes one byte (safe in a
// handler), and the loop, blocked in poll(), wakes and handles it in ordinary code.
static int liaison_signal_write_fd = -1;

static void liaison_signal_handler(int signo) {
    int saved = errno;
    unsigned char byte = (unsigned char)signo;
    if (liaison_signal_write_fd >= 0) { ssize_t ignored = write(liaison_signal_write_fd, &byte, 1); (void)ignored; }
    errno = saved;
}

/// Creates the signal pipe and routes SIGINT, SIGQUIT, SIGTERM, SIGHUP and SIGWINCH into it.
/// SIGQUIT is Ctrl-\ in cbreak mode: left at its default, it would dump core with the terminal
/// still in curses modes.
/// Returns the read end, or -1. Installing SIGWINCH before newterm keeps ncurses' own handler out.
static inline int liaison_install_signal_pipe(void) {
    int fds[2];
    if (pipe(fds) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
        fcntl(fds[i], F_SETFD, FD_CLOEXEC);
    }
    liaison_signal_write_fd = fds[1];
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = liaison_signal_handler;
    sigemptyset(&sa.sa_mask);
    int signals[] = { SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGWINCH };
    sigset_t wanted;
    sigemptyset(&wanted);
    for (int i = 0; i < 5; i++) {
        sigaction(signals[i], &sa, NULL);
        sigaddset(&wanted, signals[i]);
    }
    // A parent may have left these blocked (a mask is inherited); then they would never arrive.
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
    return fds[0];
}

/// Puts the default handlers back (after the terminal is restored).
static inline void liaison_restore_signals(void) {
    int signals[] = { SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGWINCH };
    for (int i = 0; i < 5; i++) signal(signals[i], SIG_DFL);
}

/// Reads one pending signal number from the pipe; 0 when there is none.
static inline int liaison_read_signal(int fd) {
    unsigned char byte = 0;
    return read(fd, &byte, 1) == 1 ? byte : 0;
}

/// The most descriptors besides the terminal and the signal pipe that `liaison_wait` watches.
#define LIAISON_WAIT_MAX_EXTRA 8

/// Blocks until `input_fd`, `signal_fd` or one of the `extra_count` descriptors in `extra` (a
/// screen's own, e.g. a file watch; the first LIAISON_WAIT_MAX_EXTRA) is readable, or
/// `timeout_ms` passes (-1: no limit). Returns a bit set: 1 input ready, 2 signal pending,
/// 4 input hung up, 8 one of `extra` ready, with `extra_ready[i]` set to 1 for each one that
/// is (an error or a closed descriptor counts: reading it tells its owner); 0 on timeout.
static inline int liaison_wait(int input_fd, int signal_fd, const int *extra, int extra_count, int *extra_ready,
                               int timeout_ms) {
    if (extra_count < 0) extra_count = 0;
    if (extra_count > LIAISON_WAIT_MAX_EXTRA) extra_count = LIAISON_WAIT_MAX_EXTRA;
    struct pollfd fds[2 + LIAISON_WAIT_MAX_EXTRA];
    fds[0] = (struct pollfd){ input_fd, POLLIN, 0 };
    fds[1] = (struct pollfd){ signal_fd, POLLIN, 0 };
    for (int i = 0; i < extra_count; i++) {
        fds[2 + i] = (struct pollfd){ extra[i], POLLIN, 0 };
        extra_ready[i] = 0;
    }
    int n = poll(fds, (nfds_t)(2 + extra_count), timeout_ms);
    // Any failure but an interruption would fail again at once: report the input as gone so
    // the loop ends, instead of spinning at full CPU with no deadline to wait for.
    if (n < 0 && errno != EINTR && errno != EAGAIN) return 4;
    if (n <= 0) return 0;  // timeout, or EINTR: the signal byte is seen on the next call
    int result = 0;
    if (fds[0].revents & POLLIN) result |= 1;
    if (fds[0].revents & (POLLHUP | POLLERR | POLLNVAL)) result |= 4;
    if (fds[1].revents & POLLIN) result |= 2;
    for (int i = 0; i < extra_count; i++) {
        if (fds[2 + i].revents != 0) {
            extra_ready[i] = 1;
            result |= 8;
        }
    }
    return result;
}

// A crash (a Swift runtime trap is SIGILL or SIGTRAP, a failed precondition in C SIGABRT, a bad
// pointer SIGSEGV or SIGBUS) must not leave the person's terminal without echo, in the alternate
// screen and with no cursor. The handler may only use async-signal-safe calls, so everything it
// needs is prepared beforehand: the terminal modes from before curses started, and the bytes
// that leave curses' screen modes, read from terminfo. It puts both back, then lets the signal
// take its default course, so the crash is still reported (exit status, core dump) as before.

#include <termios.h>
#include <term.h>

static struct termios liaison_crash_modes = { 0 };
static int liaison_crash_modes_saved = 0;
static char liaison_crash_bytes[256] = { 0 };
static size_t liaison_crash_length = 0;
static const int liaison_crash_signals[] = { SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE };
static char liaison_crash_stack[65536] = { 0 };

static void liaison_crash_handler(int signo) {
    if (liaison_crash_length > 0) {
        ssize_t ignored = write(STDOUT_FILENO, liaison_crash_bytes, liaison_crash_length);
        (void)ignored;
    }
    if (liaison_crash_modes_saved) tcsetattr(STDIN_FILENO, TCSANOW, &liaison_crash_modes);
    // SA_RESETHAND has already put the default action back; the signal is blocked while this
    // handler runs, so it is delivered again, with its default action, as soon as this returns.
    raise(signo);
}

/// Remembers the terminal's modes as they are now, before curses changes them.
static inline void liaison_save_crash_modes(void) {
    liaison_crash_modes_saved = tcgetattr(STDIN_FILENO, &liaison_crash_modes) == 0;
}

static inline void liaison_append_crash_capability(const char *name) {
    char *text = tigetstr(name);
    if (text == NULL || text == (char *)-1) return;
    size_t length = strlen(text);
    if (liaison_crash_length + length >= sizeof liaison_crash_bytes) return;
    memcpy(liaison_crash_bytes + liaison_crash_length, text, length);
    liaison_crash_length += length;
}

/// Prepares the bytes that undo curses' screen modes and installs the crash handlers, on an
/// alternate stack so a stack overflow can still run them. Call after newterm, when terminfo is loaded.
static inline void liaison_install_crash_handlers(void) {
    liaison_crash_length = 0;
    liaison_append_crash_capability("sgr0");   // plain text
    liaison_append_crash_capability("cnorm");  // the cursor shown
    liaison_append_crash_capability("rmkx");   // keypad back in its normal mode
    liaison_append_crash_capability("rmcup");  // out of the alternate screen
    // Bracketed paste off (the terminal would otherwise wrap the shell's pastes in markers).
    static const char paste_off[] = "\033[?2004l";
    if (liaison_crash_length + sizeof paste_off - 1 < sizeof liaison_crash_bytes) {
        memcpy(liaison_crash_bytes + liaison_crash_length, paste_off, sizeof paste_off - 1);
        liaison_crash_length += sizeof paste_off - 1;
    }
    if (liaison_crash_length + 2 < sizeof liaison_crash_bytes) {
        memcpy(liaison_crash_bytes + liaison_crash_length, "\r\n", 2);
        liaison_crash_length += 2;
    }
    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_sp = liaison_crash_stack;
    stack.ss_size = sizeof liaison_crash_stack;
    sigaltstack(&stack, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = liaison_crash_handler;
    sa.sa_flags = SA_RESETHAND | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof liaison_crash_signals / sizeof liaison_crash_signals[0]; i++) {
        sigaction(liaison_crash_signals[i], &sa, NULL);
    }
}

/// Puts the default crash handling back, once the terminal has been restored the ordinary way.
static inline void liaison_remove_crash_handlers(void) {
    for (size_t i = 0; i < sizeof liaison_crash_signals / sizeof liaison_crash_signals[0]; i++) {
        signal(liaison_crash_signals[i], SIG_DFL);
    }
    liaison_crash_length = 0;
}

/// Whether terminfo knows `term` and it can place the cursor, checked without starting curses
/// or writing a byte: a command can refuse an unusable terminal before it opens anything.
/// Returns 1 usable, 0 unknown type, -1 known but unable to address the cursor.
static inline int liaison_terminal_type_usable(const char *term) {
    int status = 0;
    if (setupterm(term, STDOUT_FILENO, &status) != OK) return 0;
    char *cup = tigetstr("cup");
    int usable = cup != NULL && cup != (char *)-1;
    del_curterm(cur_term);
    return usable ? 1 : -1;
}

#endif
