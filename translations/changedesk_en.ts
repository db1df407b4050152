<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ChangeDesk::Ui::AboutDialog</name>
    <message numerus="yes">
        <source>%n syntax definitions available</source>
        <translation>
            <numerusform>%n syntax definition available</numerusform>
            <numerusform>%n syntax definitions available</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDesk::Ui::CmdbPane</name>
    <message numerus="yes">
        <source>%n of %1 people shown</source>
        <translation>
            <numerusform>%n of %1 people shown</numerusform>
            <numerusform>%n of %1 people shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <source>%n organizational unit(s)</source>
        <translation>
            <numerusform>%n organizational unit</numerusform>
            <numerusform>%n organizational units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n configuration item(s)</source>
        <translation>
            <numerusform>%n configuration item</numerusform>
            <numerusform>%n configuration items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
</context>
</TS>
