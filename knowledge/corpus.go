package knowledge

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// CorpusArticle is one article of a corpus folder in the layout of
// shared/corpus: NAME.txt, with its questions in NAME_qa.jsonl and its
// quotations in NAME_quotes.jsonl (either file may be missing).
type CorpusArticle struct {
	Name   string      // NAME, the file name without ".txt"
	Text   string      // the article as written
	Cases  []EvalCase  // questions about it; nil when it has none
	Quotes []GoldQuote // its quotations with their speakers; nil when none are given
}

// ReadCorpus reads every article of a corpus folder: each NAME.txt that has
// a NAME_qa.jsonl or a NAME_quotes.jsonl beside it, in name order. Other
// files are ignored. It fails on an unreadable or malformed file, naming it,
// and when the folder holds no such article.
func ReadCorpus(fsys fs.FS) ([]CorpusArticle, error) {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []CorpusArticle
	for _, n := range names {
		base := strings.TrimSuffix(n, ".txt")
		ca := CorpusArticle{Name: path.Base(base)}
		hasQA, err := readIfExists(fsys, base+"_qa.jsonl", func(data string) error {
			cs, err := ReadEvalCases(strings.NewReader(data))
			ca.Cases = cs
			return err
		})
		if err != nil {
			return nil, err
		}
		hasQuotes, err := readIfExists(fsys, base+"_quotes.jsonl", func(data string) error {
			qs, err := ReadGoldQuotes(strings.NewReader(data))
			ca.Quotes = qs
			return err
		})
		if err != nil {
			return nil, err
		}
		if !hasQA && !hasQuotes {
			continue
		}
		text, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		ca.Text = string(text)
		out = append(out, ca)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no article with a NAME_qa.jsonl or NAME_quotes.jsonl beside its NAME.txt")
	}
	return out, nil
}

// readIfExists reads file name and hands its text to parse; it reports
// false, without error, when the file does not exist.
func readIfExists(fsys fs.FS, name string, parse func(string) error) (bool, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		if isNotExist(err) {
			return false, nil
		}
		return false, err
	}
	if err := parse(string(data)); err != nil {
		return true, fmt.Errorf("%s: %w", name, err)
	}
	return true, nil
}

// isNotExist reports whether err says a file does not exist.
func isNotExist(err error) bool { return err != nil && errors.Is(err, fs.ErrNotExist) }

// CorpusScore is how an answerer and the quotation extraction did on one
// corpus article.
type CorpusScore struct {
	Name        string        `json:"name"`
	Passed      int           `json:"passed"`
	Failed      int           `json:"failed"`
	Results     []EvalResult  `json:"-"`
	QuotesRight int           `json:"quotes_right"`
	QuotesTotal int           `json:"quotes_total"`
	Quotes      []QuoteResult `json:"-"`
}

// ScoreCorpusArticle parses ca (with opts), asks its questions of the
// answerer that answerer builds for the article, and scores its quotations.
// It fails only when the article cannot be parsed or no answerer can be
// built for it.
func ScoreCorpusArticle(ctx context.Context, ca CorpusArticle, opts Options, answerer func(*Article) (Answerer, error)) (CorpusScore, error) {
	s := CorpusScore{Name: ca.Name}
	a, err := Parse(ca.Text, opts)
	if err != nil {
		return s, fmt.Errorf("%s.txt: %w", ca.Name, err)
	}
	if len(ca.Cases) > 0 {
		ans, err := answerer(a)
		if err != nil {
			return s, fmt.Errorf("%s: %w", ca.Name, err)
		}
		s.Results = Evaluate(ctx, ans, ca.Text, ca.Cases)
		for _, r := range s.Results {
			if r.Passed {
				s.Passed++
			} else {
				s.Failed++
			}
		}
	}
	s.Quotes = ScoreQuotes(a, ca.Quotes)
	s.QuotesTotal = len(s.Quotes)
	for _, q := range s.Quotes {
		if q.Right {
			s.QuotesRight++
		}
	}
	return s, nil
}
