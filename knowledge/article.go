package knowledge

import (
	_ "embed"
	"errors"
	"strings"
	"time"
)

//go:embed article.txt
var defaultArticle string

// Options adjust how an article is read.
type Options struct {
	// Published is the publication date, used to resolve relative dates
	// ("last month"); zero leaves them unresolved.
	Published time.Time
}

// ErrNoParagraphs is returned by Parse for text with no body paragraphs.
var ErrNoParagraphs = errors.New("the article has no paragraphs")

// DefaultText returns the embedded default article's text.
func DefaultText() string { return defaultArticle }

// Default parses the embedded default article.
func Default(opts Options) (*Article, error) { return Parse(defaultArticle, opts) }

// Parse reads a plain-text article: a title line, optionally a photo caption
// line, then paragraphs separated by blank lines. It extracts the knowledge
// deterministically. It fails with ErrNoParagraphs when there is no body.
//
// TODO(issue 2): entities, quotes, events; caption detection.
func Parse(text string, opts Options) (*Article, error) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	lines := strings.Split(text, "\n")
	a := &Article{Published: opts.Published}
	n := 0
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if a.Title == "" {
			a.Title = l
			continue
		}
		if i == 1 && a.Caption == "" && strings.HasPrefix(l, a.Title) {
			a.Caption = l
			continue
		}
		n++
		a.Paragraphs = append(a.Paragraphs, Paragraph{N: n, Text: l, Sentences: []string{l}})
	}
	if n == 0 {
		return nil, ErrNoParagraphs
	}
	return a, nil
}
