# Turns INPUT into a C++ source defining `extern const char SYMBOL[]` (NUL-terminated) and
# `extern const unsigned long SYMBOL_size`. Run as: cmake -DINPUT= -DOUTPUT= -DSYMBOL= -P
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX REPLACE "(([^,]*,){32})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}" "// Generated from ${SYMBOL}'s source file by EmbedFile.cmake; do not edit.\n"
    "namespace yk::proto {\nextern const char ${SYMBOL}[];\nextern const unsigned long ${SYMBOL}_size;\n"
    "const char ${SYMBOL}[] = {\n${bytes}'\\0'};\n"
    "const unsigned long ${SYMBOL}_size = ${size};\n}\n")
