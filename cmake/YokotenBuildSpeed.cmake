# Build speed on a 2-core machine (docs/development.md has the measurements):
#   - ccache, when installed, so a rebuild of an unchanged file (a second preset, a rerun of
#     CI on a used machine, a fresh clone) costs a cache look-up; yk sets its options;
#   - lld, when installed, instead of ld.bfd: about a hundred test programs link Qt, the
#     store, the engine and the server, and ld.bfd is the slow part of linking them.
#     (mold 1.10, Debian 12's, was used before; it aborts with "ConcurrentMap is full" on
#     the sanitizer build of the QML test program, while lld links it in under a second.)
# Precompiled headers are set where they pay: yk_app (client/app) and yk_test_pch (tests/).
# YK_FAST_TOOLS=OFF turns the first two off (e.g. to compare).
option(YK_FAST_TOOLS "Use ccache and lld when they are installed" ON)

if(YK_FAST_TOOLS)
    find_program(YK_CCACHE ccache)
    if(YK_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
        set(CMAKE_C_COMPILER_LAUNCHER ${YK_CCACHE})
        set(CMAKE_CXX_COMPILER_LAUNCHER ${YK_CCACHE})
    endif()
    find_program(YK_LLD ld.lld)
    if(YK_LLD)
        include(CheckCXXSourceCompiles)
        set(CMAKE_REQUIRED_LINK_OPTIONS -fuse-ld=lld)
        check_cxx_source_compiles("int main() { return 0; }" YK_HAVE_LLD)
        unset(CMAKE_REQUIRED_LINK_OPTIONS)
        if(YK_HAVE_LLD)
            add_link_options(-fuse-ld=lld)
        endif()
    endif()
endif()
