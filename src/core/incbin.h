// TWINDEX_INCBIN(symbol, path): a build-time file linked into the binary as read-only data, with
// `symbol` and `symbol_end` around its bytes (declare them with TWINDEX_INCBIN_SYMBOLS).
//
// `.incbin` keeps the bytes out of the compiler (a C array of megabytes takes long to compile)
// and puts them in a read-only section, so the loader maps them and a process reads only the
// pages it touches. The assembler does not tell the build or ccache that the object depends on
// the file: the build adds the dependency, and a generated header whose size or checksum is part
// of the including file's text makes every new file a new compilation. ELF assembler syntax that
// every GNU target accepts (no @ or % type prefixes); 64-byte aligned.
#pragma once

#define TWINDEX_INCBIN_SYMBOLS(symbol)                                    \
  extern "C" {                                                            \
  extern const char symbol[] __attribute__((visibility("hidden")));       \
  extern const char symbol##_end[] __attribute__((visibility("hidden"))); \
  }

// clang-format off
#define TWINDEX_INCBIN(symbol, path)                          \
  asm(".pushsection .rodata." #symbol ",\"a\"\n"               \
      ".balign 64\n"                                          \
      ".globl " #symbol "\n"                                  \
      ".hidden " #symbol "\n"                                 \
      ".type " #symbol ", \"object\"\n"                        \
      #symbol ":\n"                                           \
      ".incbin \"" path "\"\n"                                \
      ".globl " #symbol "_end\n"                              \
      ".hidden " #symbol "_end\n"                             \
      #symbol "_end:\n"                                       \
      ".size " #symbol ", " #symbol "_end - " #symbol "\n"    \
      ".popsection\n")
// clang-format on
