#include "commands.h"

#include <clocale>

int main(int argc, char** argv)
{
    std::setlocale(LC_ALL, "");
    return yk::cli::runCommandLine(std::vector<std::string>(argv + 1, argv + argc));
}
