#include "demodata.h"

#include "storage/database.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

struct Sizes {
    int departments;
    int peoplePerDepartment;
};

Sizes sizesFor(DemoScale scale)
{
    switch (scale) {
    case DemoScale::Small:
        return {4, 3};
    case DemoScale::Municipality:
        return {12, 20};
    case DemoScale::Agency:
        return {40, 100};
    }
    return {4, 3};
}

// Departments of a Dutch or German municipality, in the language of their site.
const QList<std::pair<QString, QString>> kDepartments = {
    {u"IT"_s, u"Informatievoorziening en ICT"_s},  {u"BZ"_s, u"Burgerzaken"_s},
    {u"FIN"_s, u"Financiën"_s},                   {u"PO"_s, u"Personeel en Organisatie"_s},
    {u"RO"_s, u"Ruimtelijke Ordening"_s},         {u"SD"_s, u"Sociaal Domein"_s},
    {u"VTH"_s, u"Vergunningen en Handhaving"_s},  {u"BOR"_s, u"Beheer Openbare Ruimte"_s},
    {u"OA"_s, u"Ordnungsamt"_s},                  {u"BA"_s, u"Bauamt"_s},
    {u"SA"_s, u"Standesamt"_s},                   {u"KAEM"_s, u"Kämmerei"_s},
};

const QStringList kGivenNames = {
    u"Anna"_s,  u"Bram"_s,   u"Claudia"_s, u"Daan"_s,   u"Eva"_s,    u"Frank"_s, u"Greta"_s,
    u"Hendrik"_s, u"Ilse"_s, u"Jan"_s,     u"Katrin"_s, u"Lars"_s,   u"Mila"_s,  u"Noah"_s,
    u"Oliver"_s, u"Petra"_s, u"Quinten"_s, u"Ruth"_s,   u"Sanne"_s,  u"Tobias"_s, u"Ute"_s,
    u"Vera"_s,  u"Willem"_s, u"Yara"_s,
};
const QStringList kFamilyNames = {
    u"de Vries"_s, u"Jansen"_s,   u"Bakker"_s, u"Visser"_s,  u"Smit"_s,     u"Meijer"_s,
    u"Müller"_s,   u"Schmidt"_s,  u"Schneider"_s, u"Fischer"_s, u"Weber"_s, u"Becker"_s,
    u"Hoffmann"_s, u"van Dijk"_s, u"Mulder"_s, u"Bos"_s,     u"Koch"_s,     u"Wagner"_s,
};

QString loginFor(const QString &given, const QString &family, int serial)
{
    QString base = (given.left(1) + family).toLower();
    base.remove(u' ');
    base.replace(u"ü"_s, u"ue"_s);
    base.replace(u"ä"_s, u"ae"_s);
    base.replace(u"ö"_s, u"oe"_s);
    return u"%1%2"_s.arg(base).arg(serial);
}

} // namespace

Result<DemoScale> DemoData::parseScale(const QString &text)
{
    if (text == u"small")
        return DemoScale::Small;
    if (text == u"municipality")
        return DemoScale::Municipality;
    if (text == u"agency")
        return DemoScale::Agency;
    return fail(ErrorKind::InvalidInput,
                tr("Unknown demo scale '%1': use small, municipality or agency.").arg(text));
}

QString DemoData::scaleName(DemoScale scale)
{
    switch (scale) {
    case DemoScale::Small:
        return u"small"_s;
    case DemoScale::Municipality:
        return u"municipality"_s;
    case DemoScale::Agency:
        return u"agency"_s;
    }
    return {};
}

QString DemoData::describe(const QString &kind, qint64 count)
{
    if (kind == u"org_units")
        return tr("%n organizational unit(s)", nullptr, int(count));
    if (kind == u"people")
        return tr("%n person(s)", nullptr, int(count));
    return u"%1 %2"_s.arg(count).arg(kind);
}

Result<DemoData::Report> DemoData::generate(const Database &db, quint32 seed, DemoScale scale,
                                            const Clock &clock)
{
    QRandomGenerator random(seed);
    const Sizes sizes = sizesFor(scale);
    const Dialect &dialect = db.dialect();
    const QVariant now = dialect.toDb(clock.now());
    Report report{{u"org_units"_s, 0}, {u"people"_s, 0}};

    return db.write([&]() -> Result<Report> {
        auto root = db.exec(
            u"INSERT INTO org_unit (code, name, parent_id, row_version, created_at, updated_at) "
            "VALUES ('ORG', ?, NULL, 1, ?, ?) ON CONFLICT (code) DO NOTHING"_s,
            {tr("Municipality of Demodorp"), now, now}, tr("creating demo data"));
        if (!root)
            return fail(root.error());
        report[u"org_units"_s] += root->numRowsAffected();
        auto rootId = db.scalar(u"SELECT id FROM org_unit WHERE code = 'ORG'"_s);
        if (!rootId)
            return fail(rootId.error());

        int serial = 0;
        for (int d = 0; d < sizes.departments; ++d) {
            const auto &[baseCode, baseName] = kDepartments.at(d % kDepartments.size());
            const int round = d / int(kDepartments.size());
            const QString code = round == 0 ? baseCode : u"%1-%2"_s.arg(baseCode).arg(round + 1);
            const QString name = round == 0 ? baseName : u"%1 %2"_s.arg(baseName).arg(round + 1);
            auto unit = db.exec(
                u"INSERT INTO org_unit (code, name, parent_id, row_version, created_at, updated_at) "
                "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (code) DO NOTHING"_s,
                {code, name, *rootId, now, now}, tr("creating demo data"));
            if (!unit)
                return fail(unit.error());
            report[u"org_units"_s] += unit->numRowsAffected();
            auto unitId = db.scalar(u"SELECT id FROM org_unit WHERE code = ?"_s, {code});
            if (!unitId)
                return fail(unitId.error());

            for (int p = 0; p < sizes.peoplePerDepartment; ++p) {
                const QString given = kGivenNames.at(random.bounded(int(kGivenNames.size())));
                const QString family = kFamilyNames.at(random.bounded(int(kFamilyNames.size())));
                const QString login = loginFor(given, family, ++serial);
                const QString phone = u"+31 30 %1"_s.arg(random.bounded(1000000, 9999999));
                const bool active = random.bounded(50) != 0;
                auto person = db.exec(
                    u"INSERT INTO person (login, display_name, email, phone, org_unit_id, active, "
                    "row_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) "
                    "ON CONFLICT (login) DO NOTHING"_s,
                    {login, u"%1 %2"_s.arg(given, family), login + u"@demodorp.example"_s, phone,
                     *unitId, dialect.toDb(active), now, now},
                    tr("creating demo data"));
                if (!person)
                    return fail(person.error());
                report[u"people"_s] += person->numRowsAffected();
            }
        }
        return report;
    });
}

} // namespace ChangeDesk
