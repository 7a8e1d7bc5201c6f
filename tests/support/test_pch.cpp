// Compiles tests/support/test_pch.h once for every test program (REUSE_FROM).
