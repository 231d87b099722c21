// zlib from the system (Debian: zlib1g-dev, which the Swift toolchain itself requires).
#include <zlib.h>
