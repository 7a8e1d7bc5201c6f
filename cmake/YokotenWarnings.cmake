# Warning flags shared by every Yokoten target.
function(yk_set_warnings target)
    target_compile_options(${target} PRIVATE
        $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                        -Wold-style-cast -Wcast-align -Woverloaded-virtual
                                        -Wnull-dereference -Wformat=2>)
endfunction()
