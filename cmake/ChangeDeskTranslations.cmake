# Translations: translations/changedesk_<lang>.ts are compiled to .qm by lrelease
# (translations/CMakeLists.txt) and embedded into each executable under :/i18n.

# de and nl translate everything; en holds only the plural forms of %n messages (lupdate
# -pluralonly), so that English reads "1 person" and "2 people".
set(CHANGEDESK_LANGUAGES de nl)
set(CHANGEDESK_CATALOGUES de nl en)
set(CHANGEDESK_QM_DIR "${CMAKE_BINARY_DIR}/translations")
set(CHANGEDESK_QM_FILES "")
foreach(lang IN LISTS CHANGEDESK_CATALOGUES)
    list(APPEND CHANGEDESK_QM_FILES "${CHANGEDESK_QM_DIR}/changedesk_${lang}.qm")
endforeach()

function(changedesk_embed_translations target)
    set_source_files_properties(${CHANGEDESK_QM_FILES} PROPERTIES GENERATED TRUE)
    qt_add_resources(${target} "${target}_i18n"
        PREFIX "/i18n"
        BASE "${CHANGEDESK_QM_DIR}"
        FILES ${CHANGEDESK_QM_FILES})
    add_dependencies(${target} changedesk_qm)
endfunction()
