# Strict, per-target compiler settings shared by every ChangeDesk target.

function(changedesk_strict target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CONTEXTLESS_CONNECT
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_FOREACH
        QT_STRICT_ITERATORS
        QT_DISABLE_DEPRECATED_UP_TO=0x060500)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
        if(CHANGEDESK_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
            -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough -Wformat=2)
        if(CHANGEDESK_WERROR)
            # -Wnull-dereference only sees anything with optimisation, and GCC 14 then also
            # reports paths through Qt's containers that cannot happen (QHash iterators, copies
            # of QString from a list it cannot prove non-empty). Optimised builds show the warning
            # without failing on it; real cases found that way are fixed.
            target_compile_options(${target} PRIVATE -Werror
                $<$<NOT:$<CONFIG:Debug>>:-Wno-error=null-dereference>)
        endif()
    endif()
endfunction()

if(CHANGEDESK_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "CHANGEDESK_SANITIZE is supported with GCC and Clang only")
    endif()
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
