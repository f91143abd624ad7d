package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"
	"time"

	"storybot/knowledge"
	"storybot/knowledge/lookup"
)

// maxArticleBytes bounds an article file; news stories are far smaller.
const maxArticleBytes = 4 << 20

// globalFlags take a value and may come before or after the subcommand.
var globalFlags = map[string]bool{"--article": true, "-article": true, "--published": true, "-published": true}

// commandOf returns the subcommand in args, skipping flags and the values
// of global ones ("--article FILE ask …" runs ask), or "" when there is
// none ("--article FILE" alone runs the Slack bot).
func commandOf(args []string) string {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if globalFlags[a] {
			i++
			continue
		}
		if a == "--" {
			break
		}
		if strings.HasPrefix(a, "-") && len(a) > 1 && a != "-h" && a != "--help" && a != "-help" {
			continue // "--json ask …" works too; runCLI checks the flags
		}
		return a
	}
	return ""
}

// cliArgs is a parsed offline command line.
type cliArgs struct {
	cmd     string
	json    bool
	explain bool     // ask: also say how the lookup read the question
	rest    []string // positional arguments after the subcommand
}

// parseCLI reads the subcommand, --json, and the global --article and
// --published flags (which override cfg), in any order. A "--" ends the
// flags, so a question may start with a dash.
func parseCLI(cfg *config, args []string) (cliArgs, error) {
	var c cliArgs
	flags := true
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !flags || !strings.HasPrefix(a, "-") || a == "-" {
			if c.cmd == "" {
				c.cmd = a
			} else {
				c.rest = append(c.rest, a)
			}
			continue
		}
		name, val, hasVal := strings.Cut(a, "=")
		switch name {
		case "--":
			flags = false
		case "--json", "-json":
			if hasVal {
				return c, usageError{"--json takes no value"}
			}
			c.json = true
		case "--explain", "-explain":
			c.explain = true
		case "--article", "-article", "--published", "-published":
			if !hasVal {
				if i+1 >= len(args) {
					return c, usageError{fmt.Sprintf("%s needs a value\n%s", name, usage)}
				}
				i++
				val = args[i]
			}
			if strings.HasSuffix(name, "article") {
				cfg.ArticleFile = val
			} else {
				if _, err := time.Parse("2006-01-02", val); err != nil {
					return c, usageError{fmt.Sprintf("--published %q is not a date like 2017-03-02\n%s", val, usage)}
				}
				cfg.ArticlePublished = val
			}
		case "-h", "--help", "-help":
			return c, usageError{usage} // run answers these before parsing; kept for other callers
		default:
			return c, usageError{fmt.Sprintf("unknown option %q\n%s", a, usage)}
		}
	}
	return c, nil
}

// loadArticle loads the article the configuration names: ARTICLE_FILE (or
// --article) or else the embedded default, with ARTICLE_PUBLISHED (or
// --published) as its publication date. Errors name the file and say what
// is wrong with it.
func loadArticle(cfg config) (*knowledge.Article, error) {
	var opts knowledge.Options
	if cfg.ArticlePublished != "" {
		t, err := time.Parse("2006-01-02", cfg.ArticlePublished)
		if err != nil {
			return nil, fmt.Errorf("the publication date %q is not a date like 2017-03-02", cfg.ArticlePublished)
		}
		opts.Published = t
	}
	if cfg.ArticleFile == "" {
		a, err := knowledge.Default(opts)
		if err != nil {
			return nil, fmt.Errorf("the built-in article: %w", err)
		}
		return a, nil
	}
	text, err := readArticleFile(cfg.ArticleFile)
	if err != nil {
		return nil, err
	}
	a, err := knowledge.Parse(text, opts)
	if errors.Is(err, knowledge.ErrNoParagraphs) {
		return nil, fmt.Errorf("the article file %s has no paragraphs: give a title line, then paragraphs separated by blank lines", cfg.ArticleFile)
	}
	if err != nil {
		return nil, fmt.Errorf("the article file %s: %w", cfg.ArticleFile, err)
	}
	return a, nil
}

// readArticleFile reads an article file, refusing directories, huge files
// and binary data with a sentence that names the file.
func readArticleFile(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return "", fmt.Errorf("the article file %s does not exist", name)
		}
		return "", fmt.Errorf("cannot read the article file %s: %w", name, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return "", fmt.Errorf("the article file %s is a directory, not a text file", name)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxArticleBytes+1))
	if err != nil {
		return "", fmt.Errorf("cannot read the article file %s: %w", name, err)
	}
	if len(data) > maxArticleBytes {
		return "", fmt.Errorf("the article file %s is over %d MB: is it really one article?", name, maxArticleBytes>>20)
	}
	if strings.IndexByte(string(data), 0) >= 0 {
		return "", fmt.Errorf("the article file %s is not plain text", name)
	}
	return string(data), nil
}

// articleText rebuilds an article's text (title, caption, paragraphs), the
// reference for verbatim checks in eval.
func articleText(a *knowledge.Article) string {
	parts := []string{a.Title}
	if a.Caption != "" {
		parts = append(parts, a.Caption)
	}
	for _, p := range a.Paragraphs {
		parts = append(parts, p.Text)
	}
	return strings.Join(parts, "\n\n")
}

// runCLI runs the offline subcommands: ask, timeline, quotes, eval. args
// holds the subcommand and its arguments, with global flags anywhere.
func runCLI(ctx context.Context, cfg config, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	c, err := parseCLI(&cfg, args)
	if err != nil {
		return err
	}
	a, err := loadArticle(cfg)
	if err != nil {
		return err
	}
	switch c.cmd {
	case "ask":
		return cliAsk(ctx, cfg, a, c, stdout, stderr)
	case "timeline":
		if len(c.rest) > 0 {
			return usageError{fmt.Sprintf("timeline takes no arguments\n%s", usage)}
		}
		return cliTimeline(a, c, stdout)
	case "quotes":
		return cliQuotes(a, c, stdout)
	case "eval":
		return cliEval(ctx, cfg, a, c, stdout, stderr)
	}
	return usageError{fmt.Sprintf("unknown command %q\n%s", c.cmd, usage)}
}

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// cliAsk answers one question: the answer, then the cited passages.
func cliAsk(ctx context.Context, cfg config, a *knowledge.Article, c cliArgs, stdout, stderr io.Writer) error {
	if len(c.rest) == 0 {
		return usageError{"ask needs a question, e.g.: storybot ask \"Who is Sergey Kislyak?\"\n" + usage}
	}
	q := strings.Join(c.rest, " ")
	ans, err := newAnswerer(cfg, a, cliLogger(cfg, stderr)).Answer(ctx, knowledge.Question{Text: q})
	switch {
	case errors.Is(err, knowledge.ErrEmptyQuestion):
		return errors.New("the question is empty: ask something about the article, e.g. \"Who is Sergey Kislyak?\"")
	case errors.Is(err, knowledge.ErrQuestionTooLong):
		return fmt.Errorf("the question is too long: keep it under %d bytes", knowledge.MaxQuestionBytes)
	case err != nil:
		return fmt.Errorf("no answer: %w", err)
	}
	if c.json {
		return writeJSON(stdout, ans)
	}
	fmt.Fprintln(stdout, ans.Text)
	// Each cited passage the answer does not already quote, once.
	blank := false
	for _, ct := range ans.Citations {
		if strings.Contains(ans.Text, ct.Text) {
			continue
		}
		if !blank {
			fmt.Fprintln(stdout)
			blank = true
		}
		label, n := ct.Place()
		if label == "" {
			label = fmt.Sprintf("¶%d", n)
		}
		fmt.Fprintf(stdout, "%s: %s\n", label, ct.Text)
	}
	if c.explain {
		// how the lookup read the question, for "why this answer?"
		lk := lookup.New(a, openLexicon(cfg, cliLogger(cfg, stderr)))
		fmt.Fprintf(stdout, "\nHow the lookup read it:\n%s", lk.Explain(q, nil))
	}
	return nil
}

// cliTimeline prints the dated events in chronological order.
func cliTimeline(a *knowledge.Article, c cliArgs, stdout io.Writer) error {
	if c.json {
		evs := a.Events
		if evs == nil {
			evs = []knowledge.Event{}
		}
		return writeJSON(stdout, struct {
			Events []knowledge.Event `json:"events"`
		}{evs})
	}
	if len(a.Events) == 0 {
		fmt.Fprintln(stdout, "The article dates no events.")
	}
	for _, e := range a.Events {
		when := e.When
		if e.Undated {
			when = "(undated)"
		}
		if e.Date != "" {
			when += " [" + e.Date + "]"
		}
		var ps []string
		for _, ct := range e.Citations {
			ps = append(ps, fmt.Sprintf("¶%d", ct.Paragraph))
		}
		fmt.Fprintf(stdout, "%s — %s (%s)\n", when, e.Text, strings.Join(ps, ", "))
	}
	return nil
}

// cliQuotes prints the quotations, or one speaker's.
func cliQuotes(a *knowledge.Article, c cliArgs, stdout io.Writer) error {
	qs := a.Quotes
	speaker := strings.Join(c.rest, " ")
	if speaker != "" {
		qs = a.QuotesBy(speaker)
	}
	if qs == nil {
		qs = []knowledge.Quote{}
	}
	if c.json {
		return writeJSON(stdout, struct {
			Quotes []knowledge.Quote `json:"quotes"`
		}{qs})
	}
	if len(qs) == 0 {
		if speaker != "" {
			fmt.Fprintf(stdout, "The article has no quotations by %s.\n", speaker)
		} else {
			fmt.Fprintln(stdout, "The article has no quotations.")
		}
		return nil
	}
	for _, q := range qs {
		who := q.Speaker
		if who == "" {
			who = "(speaker unknown)"
		}
		fmt.Fprintf(stdout, "%s (¶%d): \"%s\"\n", who, q.Citations[0].Paragraph, q.Text)
	}
	return nil
}

// cliEval scores a question file by the rules of score_qa.py, printing each
// failure and "N passed, M failed", or a corpus folder (see cliEvalDir). It
// fails when any case fails.
func cliEval(ctx context.Context, cfg config, a *knowledge.Article, c cliArgs, stdout, stderr io.Writer) error {
	if len(c.rest) != 1 {
		return usageError{"eval needs one question file or corpus folder, e.g.: storybot eval knowledge/testdata/dev_qa.jsonl\n" + usage}
	}
	if st, err := os.Stat(c.rest[0]); err == nil && st.IsDir() {
		return cliEvalDir(ctx, cfg, c, stdout, stderr)
	}
	f, err := os.Open(c.rest[0])
	if err != nil {
		return fmt.Errorf("cannot read the question file %s: %w", c.rest[0], err)
	}
	defer f.Close()
	cases, err := knowledge.ReadEvalCases(f)
	if err != nil {
		return fmt.Errorf("the question file %s: %w", c.rest[0], err)
	}
	results := knowledge.Evaluate(ctx, newAnswerer(cfg, a, cliLogger(cfg, stderr)), articleText(a), cases)
	passed, failed := 0, 0
	type kindCount struct{ passed, total int }
	byKind := map[string]*kindCount{}
	var kinds []string
	failures := []evalFailure{}
	var slowest time.Duration
	for _, r := range results {
		slowest = max(slowest, r.Elapsed)
		k := byKind[r.Case.Kind]
		if k == nil {
			k = &kindCount{}
			byKind[r.Case.Kind] = k
			kinds = append(kinds, r.Case.Kind)
		}
		k.total++
		if r.Passed {
			passed++
			k.passed++
			continue
		}
		failed++
		failures = append(failures, evalFailure{r.Case.Q, r.Case.Kind, r.Why, r.Answer.Text})
	}
	if c.json {
		if err := writeJSON(stdout, struct {
			Passed   int           `json:"passed"`
			Failed   int           `json:"failed"`
			Failures []evalFailure `json:"failures"`
		}{passed, failed, failures}); err != nil {
			return err
		}
	} else {
		for _, f := range failures {
			fmt.Fprintf(stdout, "FAIL [%s] %q: %s\n", f.Kind, f.Q, f.Why)
			fmt.Fprintf(stdout, "     answer: %q\n", clipRunes(f.Answer, 160))
		}
		slices.Sort(kinds)
		var parts []string
		for _, k := range kinds {
			parts = append(parts, fmt.Sprintf("%s %d/%d", k, byKind[k].passed, byKind[k].total))
		}
		fmt.Fprintf(stdout, "by kind: %s\n", strings.Join(parts, ", "))
		fmt.Fprintf(stdout, "slowest answer: %.3f ms (in process)\n", float64(slowest.Microseconds())/1000)
		fmt.Fprintf(stdout, "%d passed, %d failed\n", passed, failed)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d questions failed", failed, passed+failed)
	}
	return nil
}

// evalFailure is a failed question in eval's report.
type evalFailure struct {
	Q      string `json:"q"`
	Kind   string `json:"kind"`
	Why    string `json:"why"`
	Answer string `json:"answer"`
}

// corpusReport is one article's part of eval DIR's report.
type corpusReport struct {
	Name        string                  `json:"name"`
	Passed      int                     `json:"passed"`
	Failed      int                     `json:"failed"`
	QuotesRight int                     `json:"quotes_right"`
	QuotesTotal int                     `json:"quotes_total"`
	Failures    []evalFailure           `json:"failures"`
	WrongQuotes []knowledge.QuoteResult `json:"wrong_quotes"`
}

// cliEvalDir scores a corpus folder in the layout of shared/corpus
// (NAME.txt beside NAME_qa.jsonl and NAME_quotes.jsonl): each article's
// questions with that article loaded, and its quotations' speakers. It
// prints each failure, per article "NAME: N passed, M failed" and "quotes:
// K/L right speaker", then the totals; with --json, one JSON report. It
// fails when any question fails or any quotation has the wrong speaker.
func cliEvalDir(ctx context.Context, cfg config, c cliArgs, stdout, stderr io.Writer) error {
	dir := c.rest[0]
	arts, err := knowledge.ReadCorpus(os.DirFS(dir))
	if err != nil {
		return fmt.Errorf("the corpus folder %s: %w", dir, err)
	}
	var opts knowledge.Options
	if cfg.ArticlePublished != "" {
		opts.Published, _ = time.Parse("2006-01-02", cfg.ArticlePublished)
	}
	log := cliLogger(cfg, stderr)
	answerer := func(a *knowledge.Article) (knowledge.Answerer, error) { return newAnswerer(cfg, a, log), nil }
	rep := corpusTotals{Articles: []corpusReport{}}
	for _, ca := range arts {
		s, err := knowledge.ScoreCorpusArticle(ctx, ca, opts, answerer)
		if err != nil {
			return fmt.Errorf("the corpus folder %s: %w", dir, err)
		}
		rep.add(newCorpusReport(s))
	}
	if c.json {
		if err := writeJSON(stdout, rep); err != nil {
			return err
		}
	} else {
		rep.print(stdout)
	}
	wrong := rep.QuotesTotal - rep.QuotesRight
	if rep.Failed > 0 || wrong > 0 {
		return fmt.Errorf("%d of %d questions failed, %d of %d quotations have the wrong speaker",
			rep.Failed, rep.Passed+rep.Failed, wrong, rep.QuotesTotal)
	}
	return nil
}

// newCorpusReport keeps one article's scores and what failed.
func newCorpusReport(s knowledge.CorpusScore) corpusReport {
	r := corpusReport{Name: s.Name, Passed: s.Passed, Failed: s.Failed, QuotesRight: s.QuotesRight,
		QuotesTotal: s.QuotesTotal, Failures: []evalFailure{}, WrongQuotes: []knowledge.QuoteResult{}}
	for _, res := range s.Results {
		if !res.Passed {
			r.Failures = append(r.Failures, evalFailure{res.Case.Q, res.Case.Kind, res.Why, res.Answer.Text})
		}
	}
	for _, q := range s.Quotes {
		if !q.Right {
			r.WrongQuotes = append(r.WrongQuotes, q)
		}
	}
	return r
}

// corpusTotals is eval DIR's report: every article's, and the totals.
type corpusTotals struct {
	Articles    []corpusReport `json:"articles"`
	Passed      int            `json:"passed"`
	Failed      int            `json:"failed"`
	QuotesRight int            `json:"quotes_right"`
	QuotesTotal int            `json:"quotes_total"`
}

// add counts one article's report in.
func (t *corpusTotals) add(r corpusReport) {
	t.Articles = append(t.Articles, r)
	t.Passed += r.Passed
	t.Failed += r.Failed
	t.QuotesRight += r.QuotesRight
	t.QuotesTotal += r.QuotesTotal
}

// print writes the report as text: per article its failures, its scores,
// then the totals.
func (t *corpusTotals) print(w io.Writer) {
	for _, r := range t.Articles {
		for _, f := range r.Failures {
			fmt.Fprintf(w, "FAIL [%s] %q: %s\n", f.Kind, f.Q, f.Why)
			fmt.Fprintf(w, "     answer: %q\n", clipRunes(f.Answer, 160))
		}
		for _, q := range r.WrongQuotes {
			got := q.Got
			if got == "" {
				got = "no speaker"
			}
			fmt.Fprintf(w, "QUOTE %q: %s, want %s\n", clipRunes(q.Gold.Text, 60), got, q.Gold.Speaker)
		}
		fmt.Fprintf(w, "%s: %d passed, %d failed\n", r.Name, r.Passed, r.Failed)
		fmt.Fprintf(w, "quotes: %d/%d right speaker\n", r.QuotesRight, r.QuotesTotal)
	}
	fmt.Fprintf(w, "total: %d passed, %d failed; quotes: %d/%d right speaker\n",
		t.Passed, t.Failed, t.QuotesRight, t.QuotesTotal)
}

// clipRunes shortens s to n runes.
func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n])
}

// cliLogger is the offline commands' logger: their output is the answer, so
// routine start-up lines are left out unless LOG_LEVEL asks for them;
// warnings (a model falling back, say) still reach stderr.
func cliLogger(cfg config, stderr io.Writer) *slog.Logger {
	if cfg.LogLevel == "" {
		cfg.LogLevel = "warn"
	}
	return newLogger(cfg, stderr)
}
