package main

import (
	"log/slog"

	"storybot/knowledge"
)

// newAnswerer returns the answerer the configuration asks for: the lookup
// answerer, or (with OPENAI_API_KEY) the model answerer falling back to it.
//
// TODO(issue 4): the model answerer.
func newAnswerer(cfg config, a *knowledge.Article, log *slog.Logger) knowledge.Answerer {
	return knowledge.NewLookup(a)
}
