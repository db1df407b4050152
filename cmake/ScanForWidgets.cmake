# Fails when any of FILES includes a QtWidgets or QtGui header. Run by changedesk_check_no_widgets.
set(pattern "#[ \t]*include[ \t]*[<\"](QtWidgets|QtGui|QApplication|QWidget|QGuiApplication|QPixmap|QImage|QIcon|QColor|QFont|QPainter|QMessageBox|QDialog|KSyntaxHighlighting)[/>\"]")
string(REPLACE "|" ";" files "${FILES}")
foreach(file IN LISTS files)
    file(STRINGS "${file}" hits REGEX "${pattern}")
    if(hits)
        message(FATAL_ERROR "${file} includes GUI code (${hits}); changedesk_core must stay free of QtWidgets and QtGui")
    endif()
endforeach()
