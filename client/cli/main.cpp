// yokoten-cli: the commands live in yk_cli (command_line.h); this is only the process.
#include "cli/command_line.h"

#include <clocale>

int main(int argc, char** argv)
{
    std::setlocale(LC_ALL, "");
    return yk::cli::runCommandLine(std::vector<std::string>(argv + 1, argv + argc));
}
