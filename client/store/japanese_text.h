#pragma once
// Placeholder: Japanese text folding and the bigram FTS4 tokenizer land here.
