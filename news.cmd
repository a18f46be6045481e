@echo off
rem Runs the news command line on Windows, as ./news does elsewhere: news.cmd parse samples\afterdawn-allofmp3-ifpi-raid.html
rem Builds news-cli\target\news.jar first when it is missing (Java 17+ is all it needs). Unlike ./news it does not
rem rebuild a jar older than the sources: cmd has no simple way to compare file times across a tree, so after
rem changing the sources delete news-cli\target\news.jar, or run mvnw.cmd -pl news-cli -am package -DskipTests.
rem NEWS_JAVA_OPTS passes options to Java, such as: set NEWS_JAVA_OPTS=-Xmx2g
rem No parenthesised blocks below: a ")" in the install path, as in "Program Files (x86)", would end them early.
setlocal
set "NEWS_ROOT=%~dp0"
set "NEWS_JAR=%NEWS_ROOT%news-cli\target\news.jar"
if exist "%NEWS_JAR%" goto run
echo news: building news-cli\target\news.jar ... 1>&2
rem The Maven Wrapper finds the project from the current folder, so it runs from the top of the source tree.
pushd "%NEWS_ROOT%"
call "%NEWS_ROOT%mvnw.cmd" -B -q -pl news-cli -am package -DskipTests 1>&2
set "NEWS_BUILD_EXIT=%ERRORLEVEL%"
popd
if not "%NEWS_BUILD_EXIT%"=="0" exit /b %NEWS_BUILD_EXIT%
if not exist "%NEWS_JAR%" exit /b 1
:run
rem cmd cannot tell whether standard error is a terminal, so the progress line is left to Java's own guess.
java %NEWS_JAVA_OPTS% -jar "%NEWS_JAR%" %*
exit /b %ERRORLEVEL%
