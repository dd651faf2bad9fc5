@echo off
rem Rembuk launcher for Windows: builds on first use, then runs.
rem   rembuk              the window, on the bundled sample session
rem   rembuk FILE         the window, on that session file
rem   rembuk COMMAND ...  the command line (rembuk --help lists the commands)
setlocal
set "HERE=%~dp0"
if not exist "%HERE%target\rembuk.jar" (
  echo Rembuk: membangun aplikasi, sekali saja...
  call mvn -q -B -f "%HERE%pom.xml" -DskipTests package || exit /b 1
)
java %REMBUK_JAVA_OPTS% "-Drembuk.sample=%HERE%samples\banggai-tahap1.json" -cp "%HERE%target\rembuk.jar;%HERE%target\lib\*" id.rembuk.Main %*
