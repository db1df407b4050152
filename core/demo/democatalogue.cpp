#include "democatalogue.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ChangeDesk::DemoCatalogue {

namespace {

// Releases that share their version list (a helper installed with its product).
QList<Release> versions(std::initializer_list<QString> list)
{
    QList<Release> out;
    for (const QString &v : list)
        out.append(Release {v, {}, {}, {}});
    return out;
}

const QList<Release> kEdge
    = versions({u"133.0.3065.69"_s, u"132.0.2957.140"_s, u"131.0.2903.112"_s, u"130.0.2849.80"_s});
const QList<Release> kM365
    = versions({u"16.0.18227.20162"_s, u"16.0.18129.20200"_s, u"16.0.18025.20214"_s, u"16.0.17928.20392"_s});
const QList<Release> kFirefox
    = versions({u"128.7.0"_s, u"128.6.0"_s, u"128.5.1"_s, u"115.19.0"_s, u"115.18.0"_s});
const QList<Release> kVc2022
    = versions({u"14.42.34433"_s, u"14.40.33816"_s, u"14.38.33135"_s, u"14.36.32532"_s});
const QList<Release> kVc2013 = versions({u"12.0.40664"_s, u"12.0.40660"_s, u"12.0.30501"_s});
const QList<Release> kVc2012 = versions({u"11.0.61030"_s, u"11.0.60610"_s});
const QList<Release> kDotnet8 = versions({u"8.0.13"_s, u"8.0.12"_s, u"8.0.11"_s, u"8.0.8"_s});
const QList<Release> kCitrix = {
    {u"24.9.10.28"_s, {}, {}, u"Citrix Workspace 2409"_s},
    {u"24.5.10.23"_s, {}, {}, u"Citrix Workspace 2405"_s},
    {u"24.2.3000.8"_s, {}, {}, u"Citrix Workspace 2402"_s},
    {u"23.9.1.104"_s, {}, {}, u"Citrix Workspace 2309"_s},
};
const QList<Release> kCitrixParts
    = versions({u"24.9.10.28"_s, u"24.5.10.23"_s, u"24.2.3000.8"_s, u"23.9.1.104"_s});

// A package of Debian 12 (bookworm): the name as dpkg reports it (without a vendor), the purl
// added from it.
Product deb(const QString &name, const QString &cpe, int currency, std::initializer_list<QString> list,
            const QString &follows = {})
{
    return Product {u"deb:"_s + name,
                    {},
                    name,
                    u"pkg:deb/debian/"_s + name,
                    cpe,
                    currency,
                    versions(list),
                    follows.isEmpty() ? QString() : u"deb:"_s + follows,
                    {}};
}

// An application, operating system or tool as Windows or a device reports it.
Product product(const QString &id, const QString &vendor, const QString &name, const QString &cpe,
                int currency, const QList<Release> &releases, const QString &follows = {},
                const QString &patchTitle = {})
{
    return Product {id, vendor, name, {}, cpe, currency, releases, follows, patchTitle};
}

// Firmware and operating systems of devices: the version comes from the CI.
Product firmware(const QString &id, const QString &vendor, const QString &name, const QString &cpe)
{
    return Product {id, vendor, name, {}, cpe, 0, {}, {}, {}};
}

const QList<Product> kProducts = {
    // Windows: operating systems with their cumulative updates (KB) as the patch history.
    product(u"windows-11"_s, u"Microsoft Corporation"_s, u"Microsoft Windows 11 Enterprise"_s,
            u"o:microsoft:windows_11_23h2"_s, 72,
            {{u"10.0.22631.4890"_s, {}, u"KB5051989"_s, {}},
             {u"10.0.22631.4751"_s, {}, u"KB5050021"_s, {}},
             {u"10.0.22631.4602"_s, {}, u"KB5048685"_s, {}},
             {u"10.0.22631.4460"_s, {}, u"KB5046633"_s, {}},
             {u"10.0.22631.4317"_s, {}, u"KB5044285"_s, {}}},
            {}, u"Cumulative Update for Windows 11 Version 23H2 for x64-based Systems (%1)"_s),
    product(u"windows-10"_s, u"Microsoft Corporation"_s, u"Microsoft Windows 10 Enterprise"_s,
            u"o:microsoft:windows_10_22h2"_s, 65,
            {{u"10.0.19045.5487"_s, {}, u"KB5051974"_s, {}},
             {u"10.0.19045.5371"_s, {}, u"KB5049981"_s, {}},
             {u"10.0.19045.5247"_s, {}, u"KB5048652"_s, {}},
             {u"10.0.19045.5131"_s, {}, u"KB5046613"_s, {}},
             {u"10.0.19045.5011"_s, {}, u"KB5044273"_s, {}}},
            {}, u"Cumulative Update for Windows 10 Version 22H2 for x64-based Systems (%1)"_s),
    product(
        u"windows-server-2022"_s, u"Microsoft Corporation"_s, u"Microsoft Windows Server 2022 Standard"_s,
        u"o:microsoft:windows_server_2022"_s, 70,
        {{u"10.0.20348.3207"_s, {}, u"KB5051979"_s, {}},
         {u"10.0.20348.3091"_s, {}, u"KB5049983"_s, {}},
         {u"10.0.20348.2966"_s, {}, u"KB5048654"_s, {}},
         {u"10.0.20348.2849"_s, {}, u"KB5046616"_s, {}},
         {u"10.0.20348.2762"_s, {}, u"KB5044281"_s, {}}},
        {},
        u"Cumulative Update for Microsoft server operating system version 21H2 for x64-based Systems (%1)"_s),
    product(u"windows-server-2019"_s, u"Microsoft Corporation"_s, u"Microsoft Windows Server 2019 Standard"_s,
            u"o:microsoft:windows_server_2019"_s, 65,
            {{u"10.0.17763.6893"_s, {}, u"KB5052000"_s, {}},
             {u"10.0.17763.6775"_s, {}, u"KB5050008"_s, {}},
             {u"10.0.17763.6659"_s, {}, u"KB5048661"_s, {}},
             {u"10.0.17763.6532"_s, {}, u"KB5046615"_s, {}},
             {u"10.0.17763.6414"_s, {}, u"KB5044277"_s, {}}},
            {}, u"Cumulative Update for Windows Server 2019 for x64-based Systems (%1)"_s),

    // Microsoft applications, runtimes and management agents.
    product(u"m365-apps"_s, u"Microsoft Corporation"_s, u"Microsoft 365 Apps for enterprise - de-de"_s,
            u"a:microsoft:365_apps"_s, 80, kM365),
    product(u"c2r-extensibility"_s, u"Microsoft Corporation"_s,
            u"Office 16 Click-to-Run Extensibility Component"_s, {}, 80, kM365, u"m365-apps"_s),
    product(u"c2r-licensing"_s, u"Microsoft Corporation"_s, u"Office 16 Click-to-Run Licensing Component"_s,
            {}, 80, kM365, u"m365-apps"_s),
    product(u"c2r-localization"_s, u"Microsoft Corporation"_s,
            u"Office 16 Click-to-Run Localization Component"_s, {}, 80, kM365, u"m365-apps"_s),
    product(u"onenote"_s, u"Microsoft Corporation"_s, u"Microsoft OneNote - de-de"_s, {}, 80, kM365,
            u"m365-apps"_s),
    product(u"visio"_s, u"Microsoft Corporation"_s, u"Microsoft Visio - de-de"_s, u"a:microsoft:visio"_s, 80,
            kM365),
    product(u"project"_s, u"Microsoft Corporation"_s, u"Microsoft Project - de-de"_s,
            u"a:microsoft:project"_s, 80, kM365),
    product(u"office-2016"_s, u"Microsoft Corporation"_s, u"Microsoft Office Professional Plus 2016"_s,
            u"a:microsoft:office"_s, 40,
            versions({u"16.0.5483.1000"_s, u"16.0.5478.1000"_s, u"16.0.4266.1001"_s})),
    product(u"edge"_s, u"Microsoft Corporation"_s, u"Microsoft Edge"_s, u"a:microsoft:edge_chromium"_s, 88,
            kEdge),
    product(u"webview2"_s, u"Microsoft Corporation"_s, u"Microsoft Edge WebView2 Runtime"_s, {}, 90, kEdge),
    product(u"teams"_s, u"Microsoft Corporation"_s, u"Microsoft Teams"_s, u"a:microsoft:teams"_s, 85,
            versions({u"25017.203.3370.1174"_s, u"24335.208.3315.1951"_s, u"24295.605.3225.8804"_s,
                      u"24243.1309.3132.617"_s})),
    product(u"teams-addin"_s, u"Microsoft Corporation"_s,
            u"Microsoft Teams Meeting Add-in for Microsoft Office"_s, {}, 80,
            versions({u"1.25.01802"_s, u"1.24.33413"_s, u"1.24.25506"_s})),
    product(u"teams-classic"_s, u"Microsoft Corporation"_s, u"Teams Machine-Wide Installer"_s, {}, 30,
            versions({u"1.7.0.33761"_s, u"1.6.0.27573"_s, u"1.5.0.30767"_s})),
    product(u"onedrive"_s, u"Microsoft Corporation"_s, u"Microsoft OneDrive"_s, u"a:microsoft:onedrive"_s, 85,
            versions({u"25.010.0119.0002"_s, u"24.244.1204.0003"_s, u"24.226.1110.0004"_s,
                      u"24.201.1006.0005"_s})),
    product(u"vcredist-2022"_s, u"Microsoft Corporation"_s,
            u"Microsoft Visual C++ 2015-2022 Redistributable (x64) - %1"_s, {}, 60, kVc2022),
    product(u"vcruntime-2022-minimum"_s, u"Microsoft Corporation"_s,
            u"Microsoft Visual C++ 2022 X64 Minimum Runtime - %1"_s, {}, 60, kVc2022, u"vcredist-2022"_s),
    product(u"vcruntime-2022-additional"_s, u"Microsoft Corporation"_s,
            u"Microsoft Visual C++ 2022 X64 Additional Runtime - %1"_s, {}, 60, kVc2022, u"vcredist-2022"_s),
    product(u"vcredist-2013"_s, u"Microsoft Corporation"_s,
            u"Microsoft Visual C++ 2013 Redistributable (x86) - %1"_s, {}, 70, kVc2013),
    product(u"vcruntime-2013-minimum"_s, u"Microsoft Corporation"_s,
            u"Microsoft Visual C++ 2013 x86 Minimum Runtime - %1"_s, {}, 70, kVc2013, u"vcredist-2013"_s),
    product(u"vcruntime-2013-additional"_s, u"Microsoft Corporation"_s,
            u"Microsoft Visual C++ 2013 x86 Additional Runtime - %1"_s, {}, 70, kVc2013, u"vcredist-2013"_s),
    product(u"vcredist-2012"_s, u"Microsoft Corporation"_s,
            u"Microsoft Visual C++ 2012 Redistributable (x64) - %1"_s, {}, 85, kVc2012),
    product(u"vcruntime-2012-minimum"_s, u"Microsoft Corporation"_s,
            u"Microsoft Visual C++ 2012 x64 Minimum Runtime - %1"_s, {}, 85, kVc2012, u"vcredist-2012"_s),
    product(u"vcruntime-2012-additional"_s, u"Microsoft Corporation"_s,
            u"Microsoft Visual C++ 2012 x64 Additional Runtime - %1"_s, {}, 85, kVc2012, u"vcredist-2012"_s),
    product(u"vcredist-2010"_s, u"Microsoft Corporation"_s,
            u"Microsoft Visual C++ 2010  x64 Redistributable - %1"_s, {}, 85,
            versions({u"10.0.40219"_s, u"10.0.30319"_s})),
    product(u"vcredist-2008"_s, u"Microsoft Corporation"_s,
            u"Microsoft Visual C++ 2008 Redistributable - x86 %1"_s, {}, 85,
            versions({u"9.0.30729.6161"_s, u"9.0.30729.4148"_s})),
    product(u"vsto"_s, u"Microsoft Corporation"_s,
            u"Microsoft Visual Studio 2010 Tools for Office Runtime (x64)"_s, {}, 70,
            versions({u"10.0.60917"_s, u"10.0.60828"_s, u"10.0.50903"_s})),
    product(u"desktop-runtime-8"_s, u"Microsoft Corporation"_s,
            u"Microsoft Windows Desktop Runtime - %1 (x64)"_s, {}, 65, kDotnet8),
    product(u"desktop-runtime-6"_s, u"Microsoft Corporation"_s,
            u"Microsoft Windows Desktop Runtime - %1 (x64)"_s, {}, 60,
            versions({u"6.0.36"_s, u"6.0.35"_s, u"6.0.33"_s, u"6.0.25"_s})),
    product(u"dotnet-runtime-8"_s, u"Microsoft Corporation"_s, u"Microsoft .NET Runtime - %1 (x64)"_s, {}, 65,
            kDotnet8),
    product(u"dotnet-host-8"_s, u"Microsoft Corporation"_s, u"Microsoft .NET Host - %1 (x64)"_s, {}, 65,
            kDotnet8, u"dotnet-runtime-8"_s),
    product(u"dotnet-hostfxr-8"_s, u"Microsoft Corporation"_s,
            u"Microsoft .NET Host FX Resolver - %1 (x64)"_s, {}, 65, kDotnet8, u"dotnet-runtime-8"_s),
    product(u"aspnetcore-8"_s, u"Microsoft Corporation"_s,
            u"Microsoft ASP.NET Core %1 Shared Framework (x64)"_s, u"a:microsoft:asp.net_core"_s, 65,
            kDotnet8),
    product(u"update-health"_s, u"Microsoft Corporation"_s, u"Microsoft Update Health Tools"_s, {}, 70,
            versions({u"5.72.0.0"_s, u"3.74.0.0"_s, u"2.84.0.0"_s})),
    product(u"pc-health-check"_s, u"Microsoft Corporation"_s, u"Windows PC Health Check"_s, {}, 70,
            versions({u"3.6.2204.08001"_s, u"3.2.2110.14001"_s})),
    product(u"laps"_s, u"Microsoft Corporation"_s, u"Local Administrator Password Solution"_s, {}, 90,
            versions({u"6.2.0.0"_s})),
    product(u"intune-ime"_s, u"Microsoft Corporation"_s, u"Microsoft Intune Management Extension"_s, {}, 85,
            versions({u"1.86.102.0"_s, u"1.85.107.0"_s, u"1.83.107.0"_s})),
    product(u"configmgr"_s, u"Microsoft Corporation"_s, u"Configuration Manager Client"_s,
            u"a:microsoft:system_center_configuration_manager"_s, 75,
            versions({u"5.00.9128.1000"_s, u"5.00.9122.1000"_s, u"5.00.9106.1000"_s})),
    product(u"policy-platform"_s, u"Microsoft Corporation"_s, u"Microsoft Policy Platform"_s, {}, 90,
            versions({u"68.1.1010.0"_s}), u"configmgr"_s),
    product(u"gameinput"_s, u"Microsoft Corporation"_s, u"Microsoft GameInput"_s, {}, 80,
            versions({u"10.1.26100.3036"_s, u"10.1.22621.3036"_s})),
    product(u"bing-search"_s, u"Microsoft Corporation"_s, u"Microsoft Search in Bing"_s, {}, 90,
            versions({u"2.0.2"_s})),
    product(u"aip-client"_s, u"Microsoft Corporation"_s, u"Microsoft Azure Information Protection"_s, {}, 60,
            versions({u"2.16.79.0"_s, u"2.14.90.0"_s, u"2.13.49.0"_s})),
    product(u"purview-client"_s, u"Microsoft Corporation"_s, u"Microsoft Purview Information Protection"_s,
            {}, 70, versions({u"3.0.67.0"_s, u"3.0.51.0"_s})),
    product(u"access-engine"_s, u"Microsoft Corporation"_s,
            u"Microsoft Access database engine 2016 (English)"_s, {}, 90, versions({u"16.0.5044.1000"_s})),
    product(u"odbc-17"_s, u"Microsoft Corporation"_s, u"Microsoft ODBC Driver 17 for SQL Server"_s,
            u"a:microsoft:odbc_driver_for_sql_server"_s, 60,
            versions({u"17.10.6.1"_s, u"17.10.5.1"_s, u"17.9.1.1"_s})),
    product(u"odbc-18"_s, u"Microsoft Corporation"_s, u"Microsoft ODBC Driver 18 for SQL Server"_s,
            u"a:microsoft:odbc_driver_for_sql_server"_s, 60,
            versions({u"18.4.1.1"_s, u"18.3.3.1"_s, u"18.2.2.1"_s})),
    product(u"ssms"_s, u"Microsoft Corporation"_s, u"SQL Server Management Studio"_s,
            u"a:microsoft:sql_server_management_studio"_s, 60,
            versions({u"20.2.30.0"_s, u"20.1.10.0"_s, u"19.3.4.0"_s})),
    product(u"powerbi"_s, u"Microsoft Corporation"_s, u"Microsoft PowerBI Desktop (x64)"_s, {}, 55,
            versions({u"2.139.1678.0"_s, u"2.138.1452.0"_s, u"2.137.1102.0"_s})),
    product(u"powershell"_s, u"Microsoft Corporation"_s, u"PowerShell 7-x64"_s, u"a:microsoft:powershell"_s,
            60, versions({u"7.4.7.0"_s, u"7.4.6.0"_s, u"7.2.24.0"_s})),
    product(u"vscode"_s, u"Microsoft Corporation"_s, u"Microsoft Visual Studio Code"_s,
            u"a:microsoft:visual_studio_code"_s, 70, versions({u"1.97.2"_s, u"1.96.4"_s, u"1.95.3"_s})),
    product(u"powertoys"_s, u"Microsoft Corporation"_s, u"PowerToys (Preview) x64"_s,
            u"a:microsoft:powertoys"_s, 60, versions({u"0.88.0"_s, u"0.87.1"_s, u"0.86.0"_s})),
    product(u"remote-desktop"_s, u"Microsoft Corporation"_s, u"Remote Desktop"_s, {}, 70,
            versions({u"1.2.5910.0"_s, u"1.2.5807.0"_s})),
    product(u"silverlight"_s, u"Microsoft Corporation"_s, u"Microsoft Silverlight"_s,
            u"a:microsoft:silverlight"_s, 80, versions({u"5.1.50918.0"_s, u"5.1.50907.0"_s})),

    // Browsers, readers and tools of the workplace.
    product(u"chrome"_s, u"Google LLC"_s, u"Google Chrome"_s, u"a:google:chrome"_s, 85,
            versions({u"133.0.6943.127"_s, u"132.0.6834.160"_s, u"131.0.6778.265"_s, u"130.0.6723.117"_s,
                      u"126.0.6478.127"_s})),
    product(u"google-update"_s, u"Google LLC"_s, u"Google Update Helper"_s, {}, 85,
            versions({u"1.3.36.372"_s, u"1.3.36.352"_s, u"1.3.36.312"_s}), u"chrome"_s),
    product(u"firefox-esr"_s, u"Mozilla"_s, u"Mozilla Firefox ESR (x64 de)"_s, u"a:mozilla:firefox_esr"_s, 75,
            kFirefox),
    product(u"mozilla-maintenance"_s, u"Mozilla"_s, u"Mozilla Maintenance Service"_s, {}, 75, kFirefox,
            u"firefox-esr"_s),
    product(u"thunderbird"_s, u"Mozilla"_s, u"Mozilla Thunderbird (x64 de)"_s, u"a:mozilla:thunderbird"_s, 60,
            versions({u"128.7.1"_s, u"128.6.0"_s, u"115.18.0"_s})),
    product(u"acrobat-reader"_s, u"Adobe Inc."_s, u"Adobe Acrobat Reader (64-bit)"_s,
            u"a:adobe:acrobat_reader_dc"_s, 70,
            versions({u"24.005.20320"_s, u"24.005.20307"_s, u"24.004.20272"_s, u"24.003.20180"_s,
                      u"23.008.20470"_s})),
    product(u"adobe-refresh-manager"_s, u"Adobe Systems Incorporated"_s, u"Adobe Refresh Manager"_s, {}, 90,
            versions({u"1.8.0"_s}), u"acrobat-reader"_s),
    product(u"adobe-genuine"_s, u"Adobe Inc."_s, u"Adobe Genuine Service"_s, {}, 70,
            versions({u"8.4.0.63"_s, u"8.2.0.18"_s})),
    product(u"acrobat-pro"_s, u"Adobe Inc."_s, u"Adobe Acrobat (64-bit)"_s, u"a:adobe:acrobat_dc"_s, 65,
            versions({u"24.005.20320"_s, u"24.005.20307"_s, u"24.004.20272"_s})),
    product(u"7-zip"_s, u"Igor Pavlov"_s, u"7-Zip %1 (x64)"_s, u"a:7-zip:7-zip"_s, 45,
            versions({u"24.09"_s, u"24.08"_s, u"23.01"_s, u"22.01"_s, u"19.00"_s})),
    product(u"notepad++"_s, u"Notepad++ Team"_s, u"Notepad++ (64-bit x64)"_s,
            u"a:notepad-plus-plus:notepad++"_s, 50,
            versions({u"8.7.7"_s, u"8.7.5"_s, u"8.6.9"_s, u"8.5.8"_s, u"8.4.6"_s})),
    product(u"vlc"_s, u"VideoLAN"_s, u"VLC media player"_s, u"a:videolan:vlc_media_player"_s, 55,
            versions({u"3.0.21"_s, u"3.0.20"_s, u"3.0.18"_s, u"3.0.16"_s})),
    product(u"pdf24"_s, u"geek software GmbH"_s, u"PDF24 Creator"_s, {}, 55,
            versions({u"11.23.0"_s, u"11.22.1"_s, u"11.19.0"_s, u"11.17.0"_s})),
    product(u"ghostscript"_s, u"Artifex Software Inc."_s, u"GPL Ghostscript"_s, u"a:artifex:ghostscript"_s,
            40, versions({u"10.04.0"_s, u"10.03.1"_s, u"10.02.1"_s, u"9.56.1"_s})),
    product(u"irfanview"_s, u"Irfan Skiljan"_s, u"IrfanView %1 (64-bit)"_s, u"a:irfanview:irfanview"_s, 50,
            versions({u"4.70"_s, u"4.67"_s, u"4.62"_s})),
    product(u"greenshot"_s, u"Greenshot"_s, u"Greenshot %1"_s, u"a:getgreenshot:greenshot"_s, 55,
            versions({u"1.2.10.6"_s, u"1.2.9.129"_s})),
    product(u"gimp"_s, u"The GIMP Team"_s, u"GIMP %1"_s, u"a:gimp:gimp"_s, 55,
            versions({u"2.10.38"_s, u"2.10.36"_s, u"2.10.34"_s})),
    product(u"paint.net"_s, u"dotPDN LLC"_s, u"paint.net"_s, {}, 60,
            versions({u"5.1.2"_s, u"5.1.1"_s, u"5.0.13"_s})),
    product(u"libreoffice"_s, u"The Document Foundation"_s, u"LibreOffice %1"_s,
            u"a:libreoffice:libreoffice"_s, 55,
            versions({u"24.8.4.2"_s, u"24.8.3.2"_s, u"24.2.7.2"_s, u"7.6.7.2"_s})),
    product(u"foxit-reader"_s, u"Foxit Software Inc."_s, u"Foxit PDF Reader"_s, u"a:foxit:pdf_reader"_s, 50,
            versions({u"2024.4.0.27683"_s, u"2024.3.0.26795"_s, u"2023.3.0.23028"_s})),
    product(u"zoom"_s, u"Zoom Video Communications, Inc."_s, u"Zoom Workplace (64-bit)"_s, {}, 60,
            versions({u"6.3.11"_s, u"6.3.6"_s, u"6.2.11"_s, u"5.17.11"_s})),
    product(u"webex"_s, u"Cisco Systems, Inc"_s, u"Cisco Webex Meetings"_s, u"a:cisco:webex_meetings"_s, 55,
            versions({u"44.12.1"_s, u"44.10.2"_s, u"43.11.0"_s})),
    product(u"jabber"_s, u"Cisco Systems, Inc."_s, u"Cisco Jabber"_s, u"a:cisco:jabber"_s, 55,
            versions({u"15.0.2"_s, u"14.3.1"_s, u"14.1.5"_s})),
    product(u"teamviewer"_s, u"TeamViewer Germany GmbH"_s, u"TeamViewer"_s, u"a:teamviewer:teamviewer"_s, 50,
            versions({u"15.62.4"_s, u"15.58.5"_s, u"15.51.5"_s, u"15.38.3"_s})),
    product(u"flash"_s, u"Adobe"_s, u"Adobe Flash Player 32 NPAPI"_s, u"a:adobe:flash_player"_s, 80,
            versions({u"32.0.0.465"_s, u"32.0.0.371"_s})),
    product(u"java8"_s, u"Oracle Corporation"_s, u"Java 8 Update (64-bit)"_s, u"a:oracle:jre"_s, 30,
            {{u"8.0.4410.7"_s, u"1.8.0:update_441"_s, {}, u"Java 8 Update 441 (64-bit)"_s},
             {u"8.0.4310.10"_s, u"1.8.0:update_431"_s, {}, u"Java 8 Update 431 (64-bit)"_s},
             {u"8.0.3810.9"_s, u"1.8.0:update_381"_s, {}, u"Java 8 Update 381 (64-bit)"_s},
             {u"8.0.2710.9"_s, u"1.8.0:update_271"_s, {}, u"Java 8 Update 271 (64-bit)"_s}}),
    product(u"java-auto-updater"_s, u"Oracle Corporation"_s, u"Java Auto Updater"_s, {}, 30,
            versions({u"2.8.441.7"_s, u"2.8.431.10"_s, u"2.8.381.9"_s, u"2.8.271.9"_s}), u"java8"_s),
    product(u"temurin-jre"_s, u"Eclipse Adoptium"_s, u"Eclipse Temurin JRE with Hotspot %1 (x64)"_s,
            u"a:eclipse:temurin"_s, 65,
            versions({u"17.0.14.7"_s, u"17.0.13.11"_s, u"17.0.12.7"_s, u"11.0.26.4"_s})),
    product(u"keepass"_s, u"Dominik Reichl"_s, u"KeePass Password Safe %1"_s, u"a:keepass:keepass"_s, 55,
            versions({u"2.57.1"_s, u"2.57"_s, u"2.54"_s})),
    product(u"citrix-workspace"_s, u"Citrix Systems, Inc."_s, u"Citrix Workspace"_s, u"a:citrix:workspace"_s,
            60, kCitrix),
    product(u"citrix-auth-manager"_s, u"Citrix Systems, Inc."_s, u"Citrix Authentication Manager"_s, {}, 60,
            kCitrixParts, u"citrix-workspace"_s),
    product(u"citrix-web-helper"_s, u"Citrix Systems, Inc."_s, u"Citrix Web Helper"_s, {}, 60, kCitrixParts,
            u"citrix-workspace"_s),
    product(u"citrix-online-plugin"_s, u"Citrix Systems, Inc."_s, u"Online Plug-in"_s, {}, 60, kCitrixParts,
            u"citrix-workspace"_s),
    product(u"citrix-selfservice"_s, u"Citrix Systems, Inc."_s, u"Self-service Plug-in"_s, {}, 60,
            kCitrixParts, u"citrix-workspace"_s),
    product(u"horizon-client"_s, u"VMware, Inc."_s, u"VMware Horizon Client"_s, u"a:vmware:horizon_client"_s,
            55, versions({u"8.14.0"_s, u"8.13.0"_s, u"8.12.1"_s})),

    // IT administration.
    product(u"keepassxc"_s, u"KeePassXC Team"_s, u"KeePassXC"_s, u"a:keepassxc:keepassxc"_s, 60,
            versions({u"2.7.9"_s, u"2.7.8"_s, u"2.7.6"_s})),
    product(u"putty"_s, u"Simon Tatham"_s, u"PuTTY release %1 (64-bit)"_s, u"a:putty:putty"_s, 50,
            versions({u"0.82"_s, u"0.81"_s, u"0.80"_s, u"0.78"_s})),
    product(u"winscp"_s, u"Martin Prikryl"_s, u"WinSCP %1"_s, u"a:winscp:winscp"_s, 55,
            versions({u"6.3.6"_s, u"6.3.5"_s, u"6.1.2"_s, u"5.21.8"_s})),
    product(u"wireshark"_s, u"The Wireshark developer community"_s, u"Wireshark %1 x64"_s,
            u"a:wireshark:wireshark"_s, 55, versions({u"4.4.3"_s, u"4.4.2"_s, u"4.2.9"_s, u"4.0.17"_s})),
    product(u"git"_s, u"The Git Development Community"_s, u"Git"_s, u"a:git-scm:git"_s, 60,
            versions({u"2.48.1"_s, u"2.47.1"_s, u"2.45.2"_s, u"2.43.0"_s})),
    product(u"python"_s, u"Python Software Foundation"_s, u"Python %1 (64-bit)"_s, u"a:python:python"_s, 55,
            versions({u"3.12.9"_s, u"3.12.8"_s, u"3.11.9"_s, u"3.10.11"_s})),
    product(u"filezilla"_s, u"Tim Kosse"_s, u"FileZilla %1"_s, u"a:filezilla-project:filezilla_client"_s, 55,
            versions({u"3.68.1"_s, u"3.67.1"_s, u"3.66.5"_s})),
    product(u"mremoteng"_s, u"Next Generation Software"_s, u"mRemoteNG"_s, u"a:mremoteng:mremoteng"_s, 60,
            versions({u"1.76.20.24615"_s, u"1.76.11.40527"_s})),

    // Departmental applications.
    product(u"sap-gui"_s, u"SAP SE"_s, u"SAP GUI for Windows"_s, u"a:sap:gui_for_windows"_s, 60,
            {{u"8.00.11"_s, u"8.00"_s, {}, u"SAP GUI for Windows 8.00 (Patch 11)"_s},
             {u"8.00.9"_s, u"8.00"_s, {}, u"SAP GUI for Windows 8.00 (Patch 9)"_s},
             {u"7.70.15"_s, u"7.70"_s, {}, u"SAP GUI for Windows 7.70 (Patch 15)"_s}}),
    product(u"crystal-runtime"_s, u"SAP"_s,
            u"SAP Crystal Reports runtime engine for .NET Framework (64-bit)"_s, {}, 70,
            versions({u"13.0.35.4927"_s, u"13.0.33.4485"_s})),
    product(u"qgis"_s, u"QGIS.org"_s, u"QGIS %1"_s, u"a:qgis:qgis"_s, 60,
            versions({u"3.34.15"_s, u"3.34.14"_s, u"3.34.10"_s, u"3.28.15"_s})),
    product(u"arcgis-pro"_s, u"Environmental Systems Research Institute, Inc."_s, u"ArcGIS Pro"_s,
            u"a:esri:arcgis_pro"_s, 60, versions({u"3.4.2"_s, u"3.3.3"_s, u"3.2.4"_s})),
    product(u"autocad-lt"_s, u"Autodesk"_s, u"AutoCAD LT"_s, u"a:autodesk:autocad_lt"_s, 60,
            {{u"25.0.120.0"_s, u"2025"_s, {}, u"AutoCAD LT 2025"_s},
             {u"25.0.58.0"_s, u"2025"_s, {}, u"AutoCAD LT 2025"_s},
             {u"24.3.61.0"_s, u"2024"_s, {}, u"AutoCAD LT 2024"_s}}),

    // Drivers and vendor tools of the hardware (a Dell fleet).
    product(u"intel-graphics"_s, u"Intel Corporation"_s, u"Intel® Graphics Driver"_s, {}, 45,
            versions({u"31.0.101.5590"_s, u"31.0.101.5382"_s, u"31.0.101.4502"_s, u"30.0.101.1340"_s})),
    product(u"realtek-audio"_s, u"Realtek Semiconductor Corp."_s, u"Realtek High Definition Audio Driver"_s,
            {}, 50, versions({u"6.0.9549.1"_s, u"6.0.9411.1"_s, u"6.0.9239.1"_s})),
    product(u"realtek-ethernet"_s, u"Realtek"_s, u"Realtek Ethernet Controller Driver"_s, {}, 50,
            versions({u"10.68.815.2023"_s, u"10.63.1014.2022"_s})),
    product(u"intel-me"_s, u"Intel Corporation"_s, u"Intel® Management Engine Components"_s, {}, 50,
            versions({u"2406.5.5.0"_s, u"2345.5.42.0"_s, u"2231.3.1.0"_s})),
    product(u"intel-chipset"_s, u"Intel Corporation"_s, u"Intel(R) Chipset Device Software"_s, {}, 60,
            versions({u"10.1.19627.8423"_s, u"10.1.19444.8378"_s})),
    product(u"intel-serialio"_s, u"Intel Corporation"_s, u"Intel(R) Serial IO"_s, {}, 70,
            versions({u"30.100.2229.2"_s, u"30.100.2031.2"_s})),
    product(u"intel-rst"_s, u"Intel Corporation"_s, u"Intel® Rapid Storage Technology"_s, {}, 60,
            versions({u"19.5.2.1049"_s, u"18.7.6.1010"_s})),
    product(u"intel-cip"_s, u"Intel Corporation"_s, u"Intel® Computing Improvement Program"_s, {}, 70,
            versions({u"2.4.10852"_s, u"2.4.10717"_s})),
    product(u"displaylink"_s, u"DisplayLink Corp."_s, u"DisplayLink Graphics"_s, {}, 50,
            versions({u"11.5.6048.0"_s, u"11.4.9747.0"_s, u"11.1.2757.0"_s})),
    product(u"jabra-direct"_s, u"GN Audio A/S"_s, u"Jabra Direct"_s, {}, 55,
            versions({u"6.19.27501"_s, u"6.18.03101"_s, u"6.17.17501"_s})),
    product(u"dell-command-update"_s, u"Dell Inc."_s, u"Dell Command | Update for Windows Universal"_s,
            u"a:dell:command_update"_s, 55, versions({u"5.4.0"_s, u"5.3.0"_s, u"5.1.0"_s, u"4.9.0"_s})),
    product(u"dell-trusted-device"_s, u"Dell Inc."_s, u"Dell Trusted Device Agent"_s, {}, 55,
            versions({u"6.1.4.0"_s, u"5.5.0.0"_s})),
    product(u"dell-digital-delivery"_s, u"Dell Inc."_s, u"Dell Digital Delivery Services"_s, {}, 60,
            versions({u"5.2.1.0"_s, u"5.0.82.0"_s})),
    product(u"dell-supportassist"_s, u"Dell Inc."_s, u"Dell SupportAssist"_s, u"a:dell:supportassist"_s, 55,
            versions({u"4.6.2.22"_s, u"4.5.3.24"_s, u"4.0.3.0"_s})),
    product(u"dell-display-manager"_s, u"Dell Inc."_s, u"Dell Display Manager 2"_s, {}, 55,
            versions({u"2.3.1.20"_s, u"2.2.0.43"_s})),
    product(u"dell-optimizer"_s, u"Dell Inc."_s, u"Dell Optimizer Service"_s, {}, 55,
            versions({u"4.2.3.0"_s, u"4.1.351.0"_s})),
    product(u"dell-power-manager"_s, u"Dell Inc."_s, u"Dell Power Manager Service"_s, {}, 55,
            versions({u"3.16.0"_s, u"3.14.0"_s})),
    product(u"intel-wifi"_s, u"Intel Corporation"_s, u"Intel® PROSet/Wireless Software"_s, {}, 50,
            versions({u"23.100.0"_s, u"23.60.0"_s, u"22.250.0"_s})),
    product(u"intel-bluetooth"_s, u"Intel Corporation"_s, u"Intel(R) Wireless Bluetooth(R)"_s, {}, 50,
            versions({u"23.100.0.4"_s, u"23.60.0.1"_s, u"22.250.0.2"_s})),
    product(u"intel-dtt"_s, u"Intel Corporation"_s, u"Intel(R) Dynamic Tuning Technology"_s, {}, 60,
            versions({u"9.0.11901.37537"_s, u"9.0.11800.36437"_s})),
    product(u"realtek-cardreader"_s, u"Realtek Semiconductor Corp."_s, u"Realtek Card Reader"_s, {}, 70,
            versions({u"10.0.22000.31274"_s, u"10.0.19041.31258"_s})),
    product(u"forticlient"_s, u"Fortinet Technologies Inc"_s, u"FortiClient VPN"_s,
            u"a:fortinet:forticlient"_s, 55,
            versions({u"7.4.2.1737"_s, u"7.4.0.1658"_s, u"7.2.4.0972"_s, u"7.0.13.0376"_s})),

    // Windows servers.
    product(
        u"vmware-tools"_s, u"VMware, Inc."_s, u"VMware Tools"_s, u"a:vmware:tools"_s, 55,
        versions({u"12.5.0.24276846"_s, u"12.4.5.23787635"_s, u"12.3.5.22544099"_s, u"12.1.5.20735119"_s})),
    product(u"zabbix-agent2"_s, u"Zabbix SIA"_s, u"Zabbix Agent 2 (64-bit)"_s, u"a:zabbix:zabbix"_s, 60,
            versions({u"7.0.9.2400"_s, u"7.0.6.2400"_s, u"6.4.20.2400"_s, u"6.0.37.2400"_s})),
    product(u"openssl-win"_s, u"OpenSSL Win64 Installer Team"_s, u"OpenSSL %1 Light (64-bit)"_s,
            u"a:openssl:openssl"_s, 35, versions({u"3.4.1"_s, u"3.3.2"_s, u"3.0.15"_s, u"1.1.1w"_s})),
    product(u"winrar"_s, u"win.rar GmbH"_s, u"WinRAR %1 (64-bit)"_s, u"a:rarlab:winrar"_s, 40,
            versions({u"7.01.0"_s, u"6.24.0"_s, u"5.91.0"_s})),
    product(u"arc-agent"_s, u"Microsoft Corporation"_s, u"Azure Connected Machine Agent"_s,
            u"a:microsoft:azure_connected_machine_agent"_s, 65,
            versions({u"1.49.02933.1937"_s, u"1.48.02881.1941"_s})),

    // Debian 12 (bookworm) packages of a server, as dpkg reports them. Only the package that is
    // the product carries the CPE; its libraries are packages of their own.
    deb(u"base-files"_s, {}, 75,
        {u"12.4+deb12u9"_s, u"12.4+deb12u8"_s, u"12.4+deb12u7"_s, u"12.4+deb12u5"_s}),
    product(u"debian"_s, u"Debian"_s, u"Debian GNU/Linux"_s, u"o:debian:debian_linux"_s, 75,
            versions({u"12.9"_s, u"12.8"_s, u"12.7"_s, u"12.5"_s}), u"deb:base-files"_s),
    deb(u"linux-image-amd64"_s, u"o:linux:linux_kernel"_s, 70,
        {u"6.1.128-1"_s, u"6.1.124-1"_s, u"6.1.123-1"_s, u"6.1.119-1"_s, u"6.1.115-1"_s}),
    deb(u"libc6"_s, u"a:gnu:glibc"_s, 80,
        {u"2.36-9+deb12u9"_s, u"2.36-9+deb12u8"_s, u"2.36-9+deb12u7"_s, u"2.36-9+deb12u4"_s}),
    deb(u"libc-bin"_s, {}, 80,
        {u"2.36-9+deb12u9"_s, u"2.36-9+deb12u8"_s, u"2.36-9+deb12u7"_s, u"2.36-9+deb12u4"_s}, u"libc6"_s),
    deb(u"openssl"_s, u"a:openssl:openssl"_s, 80,
        {u"3.0.15-1~deb12u1"_s, u"3.0.14-1~deb12u2"_s, u"3.0.14-1~deb12u1"_s, u"3.0.13-1~deb12u1"_s,
         u"3.0.11-1~deb12u2"_s}),
    deb(u"libssl3"_s, {}, 80,
        {u"3.0.15-1~deb12u1"_s, u"3.0.14-1~deb12u2"_s, u"3.0.14-1~deb12u1"_s, u"3.0.13-1~deb12u1"_s,
         u"3.0.11-1~deb12u2"_s},
        u"openssl"_s),
    deb(u"openssh-server"_s, u"a:openbsd:openssh"_s, 80,
        {u"1:9.2p1-2+deb12u4"_s, u"1:9.2p1-2+deb12u3"_s, u"1:9.2p1-2+deb12u2"_s, u"1:9.2p1-2+deb12u1"_s}),
    deb(u"openssh-client"_s, {}, 80,
        {u"1:9.2p1-2+deb12u4"_s, u"1:9.2p1-2+deb12u3"_s, u"1:9.2p1-2+deb12u2"_s, u"1:9.2p1-2+deb12u1"_s},
        u"openssh-server"_s),
    deb(u"openssh-sftp-server"_s, {}, 80,
        {u"1:9.2p1-2+deb12u4"_s, u"1:9.2p1-2+deb12u3"_s, u"1:9.2p1-2+deb12u2"_s, u"1:9.2p1-2+deb12u1"_s},
        u"openssh-server"_s),
    deb(u"sudo"_s, u"a:sudo_project:sudo"_s, 85, {u"1.9.13p3-1+deb12u1"_s, u"1.9.13p3-1"_s}),
    deb(u"bash"_s, u"a:gnu:bash"_s, 95, {u"5.2.15-2+b7"_s, u"5.2.15-2+b2"_s}),
    deb(u"systemd"_s, u"a:systemd_project:systemd"_s, 75,
        {u"252.33-1~deb12u1"_s, u"252.31-1~deb12u1"_s, u"252.30-1~deb12u2"_s, u"252.26-1~deb12u2"_s}),
    deb(u"libsystemd0"_s, {}, 75,
        {u"252.33-1~deb12u1"_s, u"252.31-1~deb12u1"_s, u"252.30-1~deb12u2"_s, u"252.26-1~deb12u2"_s},
        u"systemd"_s),
    deb(u"udev"_s, {}, 75,
        {u"252.33-1~deb12u1"_s, u"252.31-1~deb12u1"_s, u"252.30-1~deb12u2"_s, u"252.26-1~deb12u2"_s},
        u"systemd"_s),
    deb(u"curl"_s, u"a:haxx:curl"_s, 80,
        {u"7.88.1-10+deb12u8"_s, u"7.88.1-10+deb12u7"_s, u"7.88.1-10+deb12u5"_s}),
    deb(u"libcurl4"_s, {}, 80, {u"7.88.1-10+deb12u8"_s, u"7.88.1-10+deb12u7"_s, u"7.88.1-10+deb12u5"_s},
        u"curl"_s),
    deb(u"zlib1g"_s, u"a:zlib:zlib"_s, 95, {u"1:1.2.13.dfsg-1"_s}),
    deb(u"xz-utils"_s, u"a:tukaani:xz"_s, 90, {u"5.4.1-0.2"_s, u"5.4.1-0.1"_s}),
    deb(u"liblzma5"_s, {}, 90, {u"5.4.1-0.2"_s, u"5.4.1-0.1"_s}, u"xz-utils"_s),
    deb(u"gnupg"_s, u"a:gnupg:gnupg"_s, 90, {u"2.2.40-1.1"_s}),
    deb(u"libgcrypt20"_s, u"a:gnupg:libgcrypt"_s, 90, {u"1.10.1-3"_s}),
    deb(u"ca-certificates"_s, {}, 85, {u"20230311+deb12u1"_s, u"20230311"_s}),
    deb(u"tzdata"_s, {}, 75, {u"2024b-0+deb12u1"_s, u"2024a-0+deb12u1"_s, u"2023c-5+deb12u1"_s}),
    deb(u"rsyslog"_s, u"a:rsyslog:rsyslog"_s, 95, {u"8.2302.0-1"_s}),
    deb(u"cron"_s, {}, 95, {u"3.0pl1-162"_s}),
    deb(u"logrotate"_s, {}, 95, {u"3.21.0-1"_s}),
    deb(u"chrony"_s, u"a:tuxfamily:chrony"_s, 85, {u"4.3-2+deb12u1"_s, u"4.3-2"_s}),
    deb(u"vim"_s, u"a:vim:vim"_s, 80,
        {u"2:9.0.1378-2+deb12u2"_s, u"2:9.0.1378-2+deb12u1"_s, u"2:9.0.1378-2"_s}),
    deb(u"less"_s, u"a:gnu:less"_s, 85, {u"590-2.1~deb12u2"_s, u"590-2.1~deb12u1"_s, u"590-2"_s}),
    deb(u"python3.11"_s, u"a:python:python"_s, 75,
        {u"3.11.2-6+deb12u5"_s, u"3.11.2-6+deb12u4"_s, u"3.11.2-6+deb12u2"_s}),
    deb(u"libpython3.11"_s, {}, 75, {u"3.11.2-6+deb12u5"_s, u"3.11.2-6+deb12u4"_s, u"3.11.2-6+deb12u2"_s},
        u"python3.11"_s),
    deb(u"python3-urllib3"_s, u"a:python:urllib3"_s, 80, {u"1.26.12-1+deb12u1"_s, u"1.26.12-1"_s}),
    deb(u"python3-requests"_s, u"a:python:requests"_s, 90, {u"2.28.1+dfsg-1"_s}),
    deb(u"python3-jinja2"_s, u"a:palletsprojects:jinja"_s, 75,
        {u"3.1.2-1+deb12u2"_s, u"3.1.2-1+deb12u1"_s, u"3.1.2-1"_s}),
    deb(u"perl"_s, u"a:perl:perl"_s, 90, {u"5.36.0-7+deb12u1"_s, u"5.36.0-7"_s}),
    deb(u"libperl5.36"_s, {}, 90, {u"5.36.0-7+deb12u1"_s, u"5.36.0-7"_s}, u"perl"_s),
    deb(u"git"_s, u"a:git-scm:git"_s, 75,
        {u"1:2.39.5-0+deb12u2"_s, u"1:2.39.5-0+deb12u1"_s, u"1:2.39.2-1.1"_s}),
    deb(u"open-vm-tools"_s, u"a:vmware:open_vm_tools"_s, 70,
        {u"2:12.2.0-1+deb12u2"_s, u"2:12.2.0-1+deb12u1"_s}),
    deb(u"zabbix-agent2"_s, u"a:zabbix:zabbix"_s, 60,
        {u"1:7.0.9-1+debian12"_s, u"1:7.0.6-1+debian12"_s, u"1:6.4.20-1+debian12"_s}),
    deb(u"unattended-upgrades"_s, {}, 95, {u"2.9.1+nmu3"_s}),
    deb(u"apt"_s, {}, 90, {u"2.6.1"_s}),
    deb(u"dpkg"_s, u"a:debian:dpkg"_s, 90, {u"1.21.22"_s}),
    deb(u"coreutils"_s, u"a:gnu:coreutils"_s, 95, {u"9.1-1"_s}),
    deb(u"tar"_s, u"a:gnu:tar"_s, 95, {u"1.34+dfsg-1.2+deb12u1"_s, u"1.34+dfsg-1.2"_s}),
    deb(u"gzip"_s, u"a:gnu:gzip"_s, 95, {u"1.12-1"_s}),
    deb(u"bzip2"_s, u"a:bzip:bzip2"_s, 95, {u"1.0.8-5+b1"_s}),
    deb(u"unzip"_s, u"a:unzip_project:unzip"_s, 95, {u"6.0-28"_s}),
    deb(u"rsync"_s, u"a:samba:rsync"_s, 75, {u"3.2.7-1+deb12u2"_s, u"3.2.7-1+deb12u1"_s, u"3.2.7-1"_s}),
    deb(u"wget"_s, u"a:gnu:wget"_s, 95, {u"1.21.3-1+b2"_s}),
    deb(u"libxml2"_s, u"a:xmlsoft:libxml2"_s, 80, {u"2.9.14+dfsg-1.3~deb12u1"_s, u"2.9.14+dfsg-1.3"_s}),
    deb(u"libexpat1"_s, u"a:libexpat_project:libexpat"_s, 80, {u"2.5.0-1+deb12u1"_s, u"2.5.0-1"_s}),
    deb(u"libgnutls30"_s, u"a:gnu:gnutls"_s, 75,
        {u"3.7.9-2+deb12u4"_s, u"3.7.9-2+deb12u3"_s, u"3.7.9-2+deb12u2"_s}),
    deb(u"libsqlite3-0"_s, u"a:sqlite:sqlite"_s, 85, {u"3.40.1-2+deb12u1"_s, u"3.40.1-2"_s}),
    deb(u"libglib2.0-0"_s, u"a:gnome:glib"_s, 75,
        {u"2.74.6-2+deb12u5"_s, u"2.74.6-2+deb12u3"_s, u"2.74.6-2"_s}),
    deb(u"libkrb5-3"_s, u"a:mit:kerberos_5"_s, 80, {u"1.20.1-2+deb12u2"_s, u"1.20.1-2+deb12u1"_s}),
    deb(u"libgssapi-krb5-2"_s, {}, 80, {u"1.20.1-2+deb12u2"_s, u"1.20.1-2+deb12u1"_s}, u"libkrb5-3"_s),
    deb(u"libpam-modules"_s, u"a:linux-pam:linux-pam"_s, 95, {u"1.5.2-6+deb12u1"_s}),
    deb(u"libpam0g"_s, {}, 95, {u"1.5.2-6+deb12u1"_s}, u"libpam-modules"_s),
    deb(u"login"_s, u"a:shadow-maint:shadow"_s, 95, {u"1:4.13+dfsg1-1+b1"_s}),
    deb(u"passwd"_s, {}, 95, {u"1:4.13+dfsg1-1+b1"_s}, u"login"_s),
    deb(u"util-linux"_s, u"a:kernel:util-linux"_s, 85,
        {u"2.38.1-5+deb12u3"_s, u"2.38.1-5+deb12u2"_s, u"2.38.1-5+b1"_s}),
    deb(u"mount"_s, {}, 85, {u"2.38.1-5+deb12u3"_s, u"2.38.1-5+deb12u2"_s, u"2.38.1-5+b1"_s},
        u"util-linux"_s),
    deb(u"dbus"_s, u"a:freedesktop:dbus"_s, 90, {u"1.14.10-1~deb12u1"_s}),
    deb(u"bind9-host"_s, u"a:isc:bind"_s, 70,
        {u"1:9.18.33-1~deb12u2"_s, u"1:9.18.28-1~deb12u2"_s, u"1:9.18.24-1"_s}),
    deb(u"isc-dhcp-client"_s, u"a:isc:dhcp"_s, 95, {u"4.4.3-P1-2"_s}),
    deb(u"iptables"_s, u"a:netfilter:iptables"_s, 95, {u"1.8.9-2"_s}),
    deb(u"e2fsprogs"_s, u"a:e2fsprogs_project:e2fsprogs"_s, 95, {u"1.47.0-2"_s}),
    deb(u"libnghttp2-14"_s, u"a:nghttp2:nghttp2"_s, 80, {u"1.52.0-1+deb12u2"_s, u"1.52.0-1+deb12u1"_s}),
    deb(u"libldap-2.5-0"_s, u"a:openldap:openldap"_s, 90, {u"2.5.13+dfsg-5"_s}),
    deb(u"libzstd1"_s, u"a:facebook:zstandard"_s, 95, {u"1.5.4+dfsg2-5"_s}),
    deb(u"grub-common"_s, u"a:gnu:grub2"_s, 85, {u"2.06-13+deb12u1"_s, u"2.06-13"_s}),
    deb(u"nginx"_s, u"a:f5:nginx"_s, 80, {u"1.22.1-9+deb12u1"_s, u"1.22.1-9"_s}),
    deb(u"apache2"_s, u"a:apache:http_server"_s, 75,
        {u"2.4.62-1~deb12u2"_s, u"2.4.62-1~deb12u1"_s, u"2.4.61-1~deb12u1"_s, u"2.4.59-1~deb12u1"_s}),
    deb(u"postgresql-15"_s, u"a:postgresql:postgresql"_s, 70,
        {u"15.10-0+deb12u1"_s, u"15.8-0+deb12u1"_s, u"15.7-0+deb12u1"_s, u"15.6-0+deb12u1"_s}),
    deb(u"openjdk-17-jre-headless"_s, u"a:oracle:openjdk"_s, 70,
        {u"17.0.14+7-1~deb12u1"_s, u"17.0.13+11-2~deb12u1"_s, u"17.0.12+7-2~deb12u1"_s}),
    deb(u"tomcat10"_s, u"a:apache:tomcat"_s, 65,
        {u"10.1.34-0+deb12u1"_s, u"10.1.31-0+deb12u1"_s, u"10.1.28-0+deb12u1"_s, u"10.1.6-1+deb12u2"_s}),

    // Database engines (database CIs), by the CI's platform.
    product(u"postgresql"_s, u"PostgreSQL Global Development Group"_s, u"PostgreSQL %1"_s,
            u"a:postgresql:postgresql"_s, 60, versions({u"16.8"_s, u"16.6"_s, u"16.4"_s, u"16.2"_s})),
    product(u"sql-server-2022"_s, u"Microsoft Corporation"_s, u"Microsoft SQL Server 2022"_s,
            u"a:microsoft:sql_server_2022"_s, 55,
            versions({u"16.0.4175.1"_s, u"16.0.4165.4"_s, u"16.0.4145.4"_s, u"16.0.4135.4"_s})),
    product(u"oracle-database"_s, u"Oracle Corporation"_s, u"Oracle Database 19c Enterprise Edition"_s,
            u"a:oracle:database_server"_s, 50,
            versions({u"19.26.0.0.0"_s, u"19.25.0.0.0"_s, u"19.24.0.0.0"_s, u"19.22.0.0.0"_s})),

    // What applications consist of.
    product(u"tomcat"_s, u"Apache Software Foundation"_s, u"Apache Tomcat"_s, u"a:apache:tomcat"_s, 55,
            versions({u"10.1.34"_s, u"10.1.31"_s, u"10.1.28"_s, u"9.0.98"_s, u"9.0.85"_s})),
    product(u"httpd"_s, u"Apache Software Foundation"_s, u"Apache HTTP Server"_s, u"a:apache:http_server"_s,
            55, versions({u"2.4.63"_s, u"2.4.62"_s, u"2.4.59"_s, u"2.4.57"_s})),
    product(u"nginx-app"_s, u"F5, Inc."_s, u"nginx"_s, u"a:f5:nginx"_s, 55,
            versions({u"1.26.3"_s, u"1.26.2"_s, u"1.24.0"_s, u"1.22.1"_s})),
    product(u"temurin-jdk"_s, u"Eclipse Adoptium"_s, u"Eclipse Temurin JDK with Hotspot %1 (x64)"_s,
            u"a:eclipse:temurin"_s, 55,
            versions({u"21.0.6.7"_s, u"21.0.5.11"_s, u"17.0.14.7"_s, u"17.0.12.7"_s})),
    product(u"exchange"_s, u"Microsoft Corporation"_s, u"Microsoft Exchange Server 2019"_s,
            u"a:microsoft:exchange_server"_s, 60,
            versions({u"15.2.1544.14"_s, u"15.2.1544.13"_s, u"15.2.1544.11"_s, u"15.2.1258.39"_s})),
    product(u"geoserver"_s, u"Open Source Geospatial Foundation"_s, u"GeoServer"_s,
            u"a:geoserver:geoserver"_s, 45, versions({u"2.26.2"_s, u"2.25.5"_s, u"2.24.5"_s, u"2.23.4"_s})),
    product(u"drupal"_s, u"Drupal"_s, u"Drupal core"_s, u"a:drupal:drupal"_s, 55,
            versions({u"10.4.2"_s, u"10.3.11"_s, u"10.2.11"_s, u"9.5.11"_s})),
    product(u"php"_s, u"The PHP Group"_s, u"PHP"_s, u"a:php:php"_s, 55,
            versions({u"8.2.27"_s, u"8.2.26"_s, u"8.2.20"_s, u"8.1.31"_s})),
    product(u"keycloak"_s, u"Red Hat"_s, u"Keycloak"_s, u"a:redhat:keycloak"_s, 50,
            versions({u"26.1.2"_s, u"26.0.8"_s, u"25.0.6"_s, u"24.0.5"_s})),

    // Firmware and device operating systems: the version is the CI's (M4: firmware included).
    firmware(u"esxi"_s, u"VMware, Inc."_s, u"VMware ESXi"_s, u"o:vmware:esxi"_s),
    firmware(u"ilo6"_s, u"Hewlett Packard Enterprise"_s, u"HPE Integrated Lights-Out 6 (iLO 6) Firmware"_s,
             u"o:hpe:integrated_lights-out_6_firmware"_s),
    firmware(u"fortios"_s, u"Fortinet"_s, u"FortiOS"_s, u"o:fortinet:fortios"_s),
    firmware(u"arubaos-cx"_s, u"Hewlett Packard Enterprise"_s, u"ArubaOS-CX"_s, u"o:hpe:arubaos-cx"_s),
    firmware(u"ios-xe"_s, u"Cisco Systems, Inc."_s, u"Cisco IOS XE Software"_s, u"o:cisco:ios_xe"_s),
    firmware(u"hp-m507"_s, u"HP Inc."_s, u"HP LaserJet Enterprise M507 Firmware"_s,
             u"o:hp:laserjet_enterprise_m507_firmware"_s),
    firmware(u"hp-m528"_s, u"HP Inc."_s, u"HP LaserJet Enterprise MFP M528 Firmware"_s,
             u"o:hp:laserjet_enterprise_mfp_m528_firmware"_s),
    firmware(u"hp-m578"_s, u"HP Inc."_s, u"HP Color LaserJet Enterprise MFP M578 Firmware"_s,
             u"o:hp:color_laserjet_enterprise_mfp_m578_firmware"_s),
    firmware(u"ios"_s, u"Apple Inc."_s, u"iOS"_s, u"o:apple:iphone_os"_s),
    firmware(u"android"_s, u"Google LLC"_s, u"Android"_s, u"o:google:android"_s),

    // Apps on managed phones.
    product(u"outlook-mobile"_s, u"Microsoft Corporation"_s, u"Microsoft Outlook"_s, {}, 75,
            versions({u"4.2505.0"_s, u"4.2503.1"_s, u"4.2502.0"_s})),
    product(u"teams-mobile"_s, u"Microsoft Corporation"_s, u"Microsoft Teams"_s, {}, 75,
            versions({u"6.35.1"_s, u"6.34.2"_s, u"6.30.0"_s})),
    product(u"authenticator"_s, u"Microsoft Corporation"_s, u"Microsoft Authenticator"_s, {}, 80,
            versions({u"6.2502.1124"_s, u"6.2501.0607"_s, u"6.2412.8401"_s})),
    product(u"company-portal"_s, u"Microsoft Corporation"_s, u"Intune Company Portal"_s, {}, 80,
            versions({u"5.0.6433.0"_s, u"5.0.6358.0"_s, u"5.0.6290.0"_s})),
    product(u"edge-mobile"_s, u"Microsoft Corporation"_s, u"Microsoft Edge"_s, {}, 75,
            versions({u"133.0.3065.54"_s, u"132.0.2957.127"_s, u"131.0.2903.86"_s})),
};

const QList<Pick> kWindowsClient = {
    {u"m365-apps"_s, 97},
    {u"c2r-extensibility"_s, 100},
    {u"c2r-licensing"_s, 100},
    {u"c2r-localization"_s, 100},
    {u"onenote"_s, 60},
    {u"visio"_s, 5},
    {u"project"_s, 3},
    {u"office-2016"_s, 3},
    {u"edge"_s, 100},
    {u"webview2"_s, 100},
    {u"teams"_s, 95},
    {u"teams-addin"_s, 90},
    {u"teams-classic"_s, 12},
    {u"onedrive"_s, 98},
    {u"vcredist-2022"_s, 100},
    {u"vcruntime-2022-minimum"_s, 100},
    {u"vcruntime-2022-additional"_s, 100},
    {u"vcredist-2013"_s, 75},
    {u"vcruntime-2013-minimum"_s, 100},
    {u"vcruntime-2013-additional"_s, 100},
    {u"vcredist-2012"_s, 65},
    {u"vcruntime-2012-minimum"_s, 100},
    {u"vcruntime-2012-additional"_s, 100},
    {u"vcredist-2010"_s, 60},
    {u"vcredist-2008"_s, 45},
    {u"vsto"_s, 85},
    {u"desktop-runtime-8"_s, 85},
    {u"desktop-runtime-6"_s, 50},
    {u"dotnet-runtime-8"_s, 70},
    {u"dotnet-host-8"_s, 100},
    {u"dotnet-hostfxr-8"_s, 100},
    {u"aspnetcore-8"_s, 25},
    {u"update-health"_s, 90},
    {u"pc-health-check"_s, 55},
    {u"laps"_s, 40},
    {u"intune-ime"_s, 90},
    {u"configmgr"_s, 70},
    {u"policy-platform"_s, 90},
    {u"gameinput"_s, 60},
    {u"bing-search"_s, 15},
    {u"aip-client"_s, 50},
    {u"purview-client"_s, 25},
    {u"silverlight"_s, 2},
    {u"chrome"_s, 80},
    {u"google-update"_s, 85},
    {u"firefox-esr"_s, 65},
    {u"mozilla-maintenance"_s, 100},
    {u"thunderbird"_s, 4},
    {u"acrobat-reader"_s, 92},
    {u"adobe-refresh-manager"_s, 90},
    {u"adobe-genuine"_s, 20},
    {u"acrobat-pro"_s, 8},
    {u"7-zip"_s, 80},
    {u"notepad++"_s, 40},
    {u"vlc"_s, 45},
    {u"pdf24"_s, 50},
    {u"ghostscript"_s, 15},
    {u"irfanview"_s, 12},
    {u"greenshot"_s, 40},
    {u"gimp"_s, 4},
    {u"paint.net"_s, 5},
    {u"libreoffice"_s, 12},
    {u"foxit-reader"_s, 6},
    {u"zoom"_s, 10},
    {u"webex"_s, 6},
    {u"jabber"_s, 10},
    {u"teamviewer"_s, 4},
    {u"flash"_s, 1},
    {u"java8"_s, 8},
    {u"java-auto-updater"_s, 100},
    {u"temurin-jre"_s, 50},
    {u"keepass"_s, 10},
    {u"citrix-workspace"_s, 80},
    {u"citrix-auth-manager"_s, 100},
    {u"citrix-web-helper"_s, 100},
    {u"citrix-online-plugin"_s, 100},
    {u"citrix-selfservice"_s, 100},
    {u"horizon-client"_s, 15},
    {u"remote-desktop"_s, 15},
    {u"intel-graphics"_s, 85},
    {u"realtek-audio"_s, 80},
    {u"realtek-ethernet"_s, 60},
    {u"intel-me"_s, 75},
    {u"intel-chipset"_s, 80},
    {u"intel-serialio"_s, 60},
    {u"intel-rst"_s, 35},
    {u"intel-cip"_s, 40},
    {u"displaylink"_s, 40},
    {u"jabra-direct"_s, 35},
    {u"dell-command-update"_s, 90},
    {u"dell-trusted-device"_s, 60},
    {u"dell-digital-delivery"_s, 50},
    {u"dell-supportassist"_s, 30},
    {u"dell-display-manager"_s, 30},
    {u"dell-optimizer"_s, 20},
};

const QList<Pick> kLaptop = {
    {u"forticlient"_s, 100}, {u"intel-wifi"_s, 95},         {u"intel-bluetooth"_s, 90},
    {u"intel-dtt"_s, 60},    {u"realtek-cardreader"_s, 50}, {u"dell-power-manager"_s, 40},
};

const QList<Pick> kIt = {
    {u"putty"_s, 85},     {u"winscp"_s, 75},         {u"wireshark"_s, 45}, {u"keepassxc"_s, 70},
    {u"git"_s, 60},       {u"vscode"_s, 65},         {u"python"_s, 40},    {u"filezilla"_s, 25},
    {u"mremoteng"_s, 30}, {u"powershell"_s, 60},     {u"powertoys"_s, 35}, {u"ssms"_s, 50},
    {u"odbc-18"_s, 40},   {u"remote-desktop"_s, 50}, {u"powerbi"_s, 15},
};
const QList<Pick> kFinance = {
    {u"sap-gui"_s, 95},       {u"crystal-runtime"_s, 40}, {u"odbc-17"_s, 70},
    {u"access-engine"_s, 60}, {u"powerbi"_s, 45},
};
const QList<Pick> kPersonnel = {{u"sap-gui"_s, 60}, {u"powerbi"_s, 20}, {u"access-engine"_s, 30}};
const QList<Pick> kPlanning = {{u"qgis"_s, 85}, {u"arcgis-pro"_s, 35}, {u"autocad-lt"_s, 40}};
const QList<Pick> kPermits = {{u"qgis"_s, 45}, {u"autocad-lt"_s, 15}};
const QList<Pick> kCitizens
    = {{u"access-engine"_s, 20}, {u"crystal-runtime"_s, 25}, {u"remote-desktop"_s, 30}};
const QList<Pick> kNone = {};

const QList<Pick> kWindowsServer = {
    {u"vmware-tools"_s, 100},
    {u"vcredist-2022"_s, 95},
    {u"vcruntime-2022-minimum"_s, 100},
    {u"vcruntime-2022-additional"_s, 100},
    {u"vcredist-2013"_s, 50},
    {u"vcruntime-2013-minimum"_s, 100},
    {u"vcruntime-2013-additional"_s, 100},
    {u"vcredist-2012"_s, 30},
    {u"vcredist-2010"_s, 25},
    {u"dotnet-runtime-8"_s, 55},
    {u"dotnet-host-8"_s, 100},
    {u"dotnet-hostfxr-8"_s, 100},
    {u"aspnetcore-8"_s, 45},
    {u"desktop-runtime-8"_s, 20},
    {u"powershell"_s, 50},
    {u"7-zip"_s, 60},
    {u"notepad++"_s, 55},
    {u"edge"_s, 90},
    {u"zabbix-agent2"_s, 85},
    {u"openssl-win"_s, 10},
    {u"winrar"_s, 3},
    {u"laps"_s, 60},
    {u"configmgr"_s, 50},
    {u"policy-platform"_s, 90},
    {u"arc-agent"_s, 25},
    {u"odbc-18"_s, 40},
};

QList<Pick> debianPicks()
{
    QList<Pick> picks;
    for (const Product &p : kProducts) {
        if (p.id == u"debian") {
            picks.append({p.id, 100}); // the release follows base-files, listed just before
            continue;
        }
        if (!p.id.startsWith(u"deb:"_s))
            continue;
        const QString name = p.id.mid(4);
        // Roles of a server: web, database, application server; the rest is the base system.
        int percent = 100;
        if (name == u"git")
            percent = 40;
        else if (name == u"nginx")
            percent = 30;
        else if (name == u"apache2")
            percent = 20;
        else if (name == u"postgresql-15")
            percent = 15;
        else if (name == u"openjdk-17-jre-headless")
            percent = 30;
        else if (name == u"tomcat10")
            percent = 20;
        else if (name == u"zabbix-agent2")
            percent = 85;
        else if (name == u"python3-jinja2")
            percent = 50;
        else if (name == u"bind9-host")
            percent = 70;
        picks.append({p.id, percent});
    }
    return picks;
}

// Apps of a managed phone; its operating system (iOS, Android) is the CI's platform.
const QList<Pick> kPhone = {
    {u"outlook-mobile"_s, 100}, {u"teams-mobile"_s, 95}, {u"authenticator"_s, 100},
    {u"company-portal"_s, 100}, {u"edge-mobile"_s, 60},
};

const QHash<QString, QList<Pick>> kApplications = {
    {u"zaaksysteem"_s, {{u"tomcat"_s}, {u"temurin-jdk"_s}}},
    {u"brp-koppeling"_s, {{u"httpd"_s}, {u"tomcat"_s}, {u"temurin-jdk"_s}}},
    {u"exchange"_s, {{u"exchange"_s}}},
    {u"belastingen"_s, {{u"aspnetcore-8"_s}}},
    {u"gis-viewer"_s, {{u"geoserver"_s}, {u"nginx-app"_s}, {u"temurin-jdk"_s}}},
    {u"dms"_s, {{u"aspnetcore-8"_s}, {u"tomcat"_s}}},
    {u"intranet"_s, {{u"drupal"_s}, {u"php"_s}, {u"nginx-app"_s}}},
    {u"financien"_s, {{u"aspnetcore-8"_s}}},
    {u"vergunningen-portaal"_s, {{u"keycloak"_s}, {u"nginx-app"_s}, {u"temurin-jdk"_s}}},
    {u"personeelsinformatie"_s, {{u"tomcat"_s}, {u"temurin-jdk"_s}}},
};

} // namespace

const QList<Product> &products()
{
    return kProducts;
}

qsizetype indexOf(const QString &id)
{
    static const QHash<QString, qsizetype> index = [] {
        QHash<QString, qsizetype> out;
        for (qsizetype i = 0; i < kProducts.size(); ++i)
            out.insert(kProducts.at(i).id, i);
        return out;
    }();
    return index.value(id, -1);
}

const QList<Pick> &windowsClient()
{
    return kWindowsClient;
}

const QList<Pick> &laptop()
{
    return kLaptop;
}

const QList<Pick> &department(const QString &code)
{
    if (code == u"IT")
        return kIt;
    if (code == u"FIN" || code == u"KAEM")
        return kFinance;
    if (code == u"PO")
        return kPersonnel;
    if (code == u"RO" || code == u"BA" || code == u"BOR")
        return kPlanning;
    if (code == u"VTH")
        return kPermits;
    if (code == u"BZ" || code == u"SA" || code == u"OA" || code == u"SD")
        return kCitizens;
    return kNone;
}

const QList<Pick> &windowsServer()
{
    return kWindowsServer;
}

const QList<Pick> &debianServer()
{
    static const QList<Pick> picks = debianPicks();
    return picks;
}

const QList<Pick> &phone()
{
    return kPhone;
}

const QList<Pick> &application(const QString &templateName)
{
    const auto it = kApplications.constFind(templateName);
    return it == kApplications.cend() ? kNone : *it;
}

QList<const QList<Pick> *> allProfiles()
{
    QList<const QList<Pick> *> out {&kWindowsClient, &kLaptop,        &kIt,      &kFinance,
                                    &kPersonnel,     &kPlanning,      &kPermits, &kCitizens,
                                    &kWindowsServer, &debianServer(), &kPhone};
    for (const QList<Pick> &picks : kApplications)
        out.append(&picks);
    return out;
}

} // namespace ChangeDesk::DemoCatalogue
