#ifndef LIAISON_CNCURSESW_SHIM_H
#define LIAISON_CNCURSESW_SHIM_H

// Wide-character ncurses: must be defined before the header is read.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncurses.h>

#endif
