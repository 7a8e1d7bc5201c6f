#include "japanese_text.h"
