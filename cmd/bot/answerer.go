package main

import (
	"log/slog"
	"net/url"

	"storybot/knowledge"
	"storybot/knowledge/lookup"
	"storybot/llm"
	"storybot/moby"
	"storybot/wordnet"
)

// newAnswerer returns the answerer the configuration asks for: the lookup
// answerer, or (with OPENAI_API_KEY) the model answerer falling back to it.
// A model configuration that cannot be used is logged and the lookup
// answerer returned, so the bot still answers. The key is never logged.
func newAnswerer(cfg config, a *knowledge.Article, log *slog.Logger) knowledge.Answerer {
	return newObservedAnswerer(cfg, a, log, nil)
}

// newObservedAnswerer is newAnswerer with obs (when not nil) told of the
// model's failed calls and rejected answers; serve passes its metrics.
func newObservedAnswerer(cfg config, a *knowledge.Article, log *slog.Logger, obs knowledge.ModelObserver) knowledge.Answerer {
	lk := lookup.New(a, openLexicon(cfg, log))
	if cfg.OpenAIKey == "" {
		log.Info("answering from the article without a model (OPENAI_API_KEY unset)")
		return lk
	}
	client, err := llm.New(llm.Config{
		Key:      cfg.OpenAIKey,
		BaseURL:  cfg.OpenAIBaseURL,
		Model:    cfg.OpenAIModel,
		Timeout:  cfg.OpenAITimeout,
		Observer: obs,
	}, log)
	if err != nil {
		log.Error("model answers off, answering from the article", "error", err)
		return lk
	}
	m, err := knowledge.NewModel(client, knowledge.ModelConfig{
		Model:      cfg.OpenAIModel,
		Structured: cfg.OpenAIStructured,
		Observer:   obs,
	}, a, lk, log)
	if err != nil {
		log.Error("model answers off, answering from the article", "error", err)
		return lk
	}
	log.Info("model answers on", "model", cfg.OpenAIModel, "structured", cfg.OpenAIStructured, "base_url", baseURLForLog(cfg.OpenAIBaseURL), "timeout", cfg.OpenAITimeout)
	return m
}

// answersStream reports whether answers from newAnswerer(cfg, …) stream
// through Question.Progress, so the Slack side should post a placeholder
// and update it (bot.Config.Streaming).
func answersStream(cfg config) bool { return cfg.OpenAIKey != "" }

// answeredBy says how questions are answered, for the App Home tab: by
// lookup, or by the configured model checked against the article (with
// lookup when the model's answer cannot be used).
func answeredBy(cfg config, a knowledge.Answerer) string {
	if _, ok := a.(*knowledge.Model); !ok {
		return "lookup from the article"
	}
	return cfg.OpenAIModel + ", checked against the article (lookup from the article when the model's answer cannot be used)"
}

// baseURLForLog names the model server without any credentials or query a
// URL might carry.
func baseURLForLog(u string) string {
	if u == "" {
		return "https://api.openai.com/v1"
	}
	p, err := url.Parse(u)
	if err != nil {
		return "(unparsable)"
	}
	return p.Scheme + "://" + p.Host + p.Path
}

// openLexicon opens WordNet for the lookup answerer's synonyms and
// irregular forms (WORDNET_DIR, default /usr/share/wordnet), with the
// embedded Moby thesaurus for the words WordNet does not relate (package
// moby). Without WordNet the bot still answers, recognising fewer
// wordings; that is logged once.
func openLexicon(cfg config, log *slog.Logger) lookup.Lexicon {
	dir := cfg.WordNetDir
	if dir == "" {
		dir = wordnet.DefaultDir
	}
	w, err := wordnet.Open(dir)
	if err != nil {
		log.Warn("answering without WordNet synonyms (install wordnet-base or set WORDNET_DIR)", "error", err)
		return nil
	}
	return thesaurusLexicon{w, moby.Open()}
}

// thesaurusLexicon is WordNet with a thesaurus, which the lookup engine
// reads as its lookup.Thesaurus.
type thesaurusLexicon struct {
	*wordnet.WordNet
	*moby.Thesaurus
}
