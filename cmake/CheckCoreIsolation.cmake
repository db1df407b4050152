# The core must never depend on QtWidgets or QtGui. Checked twice: at configure time over the
# target's whole link interface, and at build time over the sources (an include of a Widgets or
# Gui header compiles against Core's include path on some systems, so the link check alone would
# not catch it).

set(_CHANGEDESK_FORBIDDEN_TARGETS Qt6::Widgets Qt6::Gui Qt::Widgets Qt::Gui KF6::SyntaxHighlighting)

function(_changedesk_collect_links target out)
    set(seen ${${out}})
    if(NOT TARGET ${target} OR target IN_LIST seen)
        set(${out} ${seen} PARENT_SCOPE)
        return()
    endif()
    list(APPEND seen ${target})
    get_target_property(links ${target} INTERFACE_LINK_LIBRARIES)
    get_target_property(type ${target} TYPE)
    if(NOT type STREQUAL "INTERFACE_LIBRARY")
        get_target_property(direct ${target} LINK_LIBRARIES)
        if(direct)
            list(APPEND links ${direct})
        endif()
    endif()
    foreach(link IN LISTS links)
        if(link AND NOT link MATCHES "^\\$<")
            _changedesk_collect_links(${link} seen)
        endif()
    endforeach()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

function(changedesk_check_no_widgets target)
    set(all "")
    _changedesk_collect_links(${target} all)
    foreach(forbidden IN LISTS _CHANGEDESK_FORBIDDEN_TARGETS)
        if(forbidden IN_LIST all)
            message(FATAL_ERROR "${target} must not depend on ${forbidden}: the core stays free of GUI code")
        endif()
    endforeach()
    get_target_property(sources ${target} SOURCES)
    get_target_property(dir ${target} SOURCE_DIR)
    set(files "")
    foreach(source IN LISTS sources)
        if(IS_ABSOLUTE "${source}")
            list(APPEND files "${source}")
        else()
            list(APPEND files "${dir}/${source}")
        endif()
    endforeach()
    string(REPLACE ";" "|" joined "${files}")
    add_custom_command(TARGET ${target} PRE_LINK
        COMMAND ${CMAKE_COMMAND} "-DFILES=${joined}" -P "${PROJECT_SOURCE_DIR}/cmake/ScanForWidgets.cmake"
        COMMENT "Checking that ${target} includes no QtWidgets or QtGui header"
        VERBATIM)
endfunction()
