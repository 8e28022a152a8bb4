#ifndef GROUNDWORK_CZLIB_SHIM_H
#define GROUNDWORK_CZLIB_SHIM_H
#include <zlib.h>

/* inflateInit2 is a macro; Swift needs a function. windowBits 15 + 32 accepts gzip and zlib streams. */
static inline int gw_inflate_init_gzip(z_stream *stream) {
    return inflateInit2(stream, 15 + 32);
}
#endif
