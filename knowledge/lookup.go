package knowledge

import (
	"context"
	"strings"
)

// Lookup is the deterministic answerer: it answers from the extracted
// knowledge without a model. It is safe for concurrent use.
type Lookup struct {
	a *Article
}

// NewLookup returns a lookup answerer over a.
func NewLookup(a *Article) *Lookup { return &Lookup{a: a} }

// Answer implements Answerer.
//
// TODO(issue 2): the real lookup.
func (l *Lookup) Answer(ctx context.Context, q Question) (Answer, error) {
	text := strings.TrimSpace(q.Text)
	if text == "" {
		return Answer{}, ErrEmptyQuestion
	}
	if len(text) > MaxQuestionBytes {
		return Answer{}, ErrQuestionTooLong
	}
	p := l.a.Paragraphs[0]
	return Answer{
		Question:  q.Text,
		Text:      "The article does not say.",
		Mode:      ModeLookup,
		Citations: []Citation{{ID: CitationID(p.N), Paragraph: p.N, Text: p.Text}},
	}, nil
}
