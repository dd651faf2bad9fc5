# Packages Rembuk for Windows; the same steps as installer/build-linux.sh.
#
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1        runtime + app image target\installer\Rembuk\
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 -Msi   the same, then target\installer\Rembuk-<version>.msi
#
# Must run on Windows (jpackage builds only for the system it runs on, and Maven picks the JavaFX
# jars of that system). Needs a JDK 17 or newer with jmods (e.g. Temurin 17), Maven on PATH, and for
# -Msi the WiX Toolset 3.x (candle.exe and light.exe on PATH; jpackage 17 does not know WiX 4 or later).
# Not run by the project's CI: see installer/README.md.
param([switch]$Msi)
$ErrorActionPreference = 'Stop'

$here = $PSScriptRoot
$root = Split-Path -Parent $here
$out = Join-Path $root 'target\installer'
$name = 'Rembuk'
Set-Location $root

function Fail($msg) { [Console]::Error.WriteLine("build-windows.ps1: $msg"); exit 1 }
function Run($exe, [string[]]$argv) {
    & $exe @argv
    if ($LASTEXITCODE -ne 0) { Fail "$exe failed ($LASTEXITCODE)" }
}

# the JDK: JAVA_HOME, else the one jlink on PATH belongs to
$javaHome = $env:JAVA_HOME
if (-not $javaHome) {
    $jl = Get-Command jlink.exe -ErrorAction SilentlyContinue
    if (-not $jl) { Fail 'no jlink; install a JDK 17 or set JAVA_HOME' }
    $javaHome = Split-Path -Parent (Split-Path -Parent $jl.Source)
}
# java prints its settings on stderr, which Windows PowerShell 5 turns into errors under 'Stop'
$ErrorActionPreference = 'Continue'
$settings = & "$javaHome\bin\java.exe" -XshowSettings:properties -version 2>&1 | Out-String
$ErrorActionPreference = 'Stop'
if ($settings -notmatch 'java.specification.version = (\d+)') { Fail "cannot run $javaHome\bin\java.exe" }
$spec = $Matches[1]
if ([int]$spec -lt 17) { Fail "$javaHome is Java $spec; Rembuk needs 17 or newer" }
if (-not (Test-Path "$javaHome\jmods\java.base.jmod")) { Fail "$javaHome has no jmods\ (use a full JDK)" }
if ($Msi -and -not ((Get-Command candle.exe -ErrorAction SilentlyContinue) -and (Get-Command light.exe -ErrorAction SilentlyContinue))) {
    Fail '-Msi needs WiX Toolset 3.x (candle.exe, light.exe) on PATH: https://github.com/wixtoolset/wix3/releases'
}

# the app: target\rembuk.jar + target\lib\*.jar
$jar = Join-Path $root 'target\rembuk.jar'
if (-not (Test-Path $jar) -or -not (Test-Path (Join-Path $root 'target\lib'))) {
    Write-Host 'build-windows.ps1: mvn package'
    Run 'mvn.cmd' @('-q', '-B', '-f', (Join-Path $root 'pom.xml'), '-DskipTests', 'package')
}
$version = ([xml](Get-Content (Join-Path $root 'pom.xml'))).project.version -replace '-SNAPSHOT$', ''

# Exactly the jars rembuk.jar's manifest names (target\lib keeps jars of older dependency versions).
# JavaFX platform jars (javafx-controls-21.0.12-win.jar) go into the runtime, the rest on the class path.
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [IO.Compression.ZipFile]::OpenRead($jar)
try {
    $reader = New-Object IO.StreamReader($zip.GetEntry('META-INF/MANIFEST.MF').Open())
    $manifest = $reader.ReadToEnd()
    $reader.Close()
} finally { $zip.Dispose() }
# manifest lines go on after a line break and one space
$line = ($manifest -replace "\r?\n ", '') -split "\r?\n" | Where-Object { $_ -like 'Class-Path: *' }
$fxJars = @(); $appLibs = @()
foreach ($e in ($line -replace '^Class-Path: ', '') -split ' ' | Where-Object { $_ }) {
    $f = Join-Path $root ('target\' + $e)
    if (-not (Test-Path $f)) { Fail "$f is missing (run mvn package)" }
    $n = Split-Path -Leaf $f
    if ($n -match '^javafx-[a-z]+-[0-9][^-]*-[a-z0-9-]+\.jar$') { $fxJars += $f }
    elseif (-not $n.StartsWith('javafx-')) { $appLibs += $f }
}
if ($fxJars.Count -eq 0) { Fail "no JavaFX platform jars in the class path of $jar" }

$modules = (Get-Content (Join-Path $here 'runtime-modules.txt') | Where-Object { $_ -notmatch '^\s*(#|$)' } | ForEach-Object { $_.Trim() }) -join ','

if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force $out | Out-Null

Write-Host "build-windows.ps1: jlink runtime ($modules)"
# no --strip-native-commands: the pre-flight check of foreign files runs bin\java.exe of this runtime
$modulePath = (@("$javaHome\jmods") + $fxJars) -join ';'
Run "$javaHome\bin\jlink.exe" @(
    '--module-path', $modulePath,
    '--add-modules', $modules,
    '--include-locales=en,id',
    '--strip-debug', '--no-header-files', '--no-man-pages',
    '--output', "$out\runtime")

$inputDir = Join-Path $out 'input'
New-Item -ItemType Directory -Force "$inputDir\lib" | Out-Null
Copy-Item $jar $inputDir
Copy-Item $appLibs "$inputDir\lib"

$common = @('--name', $name, '--app-version', $version, '--vendor', 'Rembuk', '--copyright', 'Apache-2.0',
    '--description', 'Bimtek FGD Masterplan Smart City (GMSC)')

Write-Host 'build-windows.ps1: jpackage app-image'
Run "$javaHome\bin\jpackage.exe" (@('--type', 'app-image') + $common + @(
    '--input', $inputDir, '--main-jar', 'rembuk.jar', '--main-class', 'id.rembuk.Main',
    '--runtime-image', "$out\runtime",
    '--java-options', '-Xmx1g',
    '--icon', "$here\windows\rembuk.ico",
    '--add-launcher', "RembukCli=$here\windows\rembuk-cli.properties",
    '--dest', $out))

if ($Msi) {
    Write-Host 'build-windows.ps1: jpackage msi'
    # a fixed upgrade code: a newer .msi replaces the installed version instead of sitting beside it
    Run "$javaHome\bin\jpackage.exe" (@('--type', 'msi') + $common + @(
        '--app-image', "$out\$name",
        '--win-upgrade-uuid', 'b7c4e0f2-6a1d-4c8e-9f3b-2d5a7e91c406',
        '--win-menu', '--win-menu-group', 'Rembuk', '--win-shortcut', '--win-dir-chooser',
        '--file-associations', "$here\windows\rembuk-file.properties",
        '--license-file', "$root\LICENSE",
        '--dest', $out))
}

Get-ChildItem $out -Filter *.msi | ForEach-Object { Write-Host ("{0} {1:N1} MB" -f $_.Name, ($_.Length / 1MB)) }
