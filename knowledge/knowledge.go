// Package knowledge is storybot's domain: one news article, what is extracted
// from it (numbered paragraphs, entities, quotations, dated events), and the
// answerers that reply to questions about it with citations.
//
// It imports neither Slack nor the environment: callers hand it text and
// options, and it hands back values. These packages are the server's
// internals, not a public API.
package knowledge

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"
)

// Answer modes reported in Answer.Mode and in the JSON contract.
const (
	ModeLookup = "lookup" // deterministic lookup over the extracted knowledge
	ModeModel  = "model"  // a language model's answer, verified against the article
)

// MaxQuestionBytes bounds a question; longer ones get ErrQuestionTooLong.
const MaxQuestionBytes = 2000

var (
	// ErrEmptyQuestion is returned when a question has no words once
	// mentions, punctuation and white space are stripped.
	ErrEmptyQuestion = errors.New("the question is empty")
	// ErrQuestionTooLong is returned for questions over MaxQuestionBytes.
	ErrQuestionTooLong = errors.New("the question is too long")
)

// Article is a parsed news story and the knowledge extracted from it.
// It is immutable once built and safe for concurrent use.
type Article struct {
	Title      string      // the first line of the text
	Caption    string      // photo caption line, with its credit, if any
	Byline     string      // the writer named by a "By …" line, with the agency line after it, if any
	Published  time.Time   // publication date; zero when unknown
	Paragraphs []Paragraph // body paragraphs, numbered from 1
	Entities   []Entity    // people, organisations and places
	Quotes     []Quote     // every quoted span, in reading order
	Events     []Event     // dated events, in chronological order
}

// Paragraph is one numbered body paragraph.
type Paragraph struct {
	N         int      // 1-based number; cited as "P<N>", shown as ¶N
	Text      string   // verbatim text of the paragraph
	Sentences []string // verbatim sentences, in order
}

// Citation points a reader to the article's own words.
type Citation struct {
	ID        string `json:"id"`        // "P3"
	Paragraph int    `json:"paragraph"` // 3
	Text      string `json:"text"`      // verbatim text of the paragraph or of one sentence in it
}

// Place names where a citation stands: "headline", "photo caption",
// "byline", or
// the paragraph number n for the caller to write.
func (c Citation) Place() (label string, n int) {
	switch c.ID {
	case "title":
		return "headline", 0
	case "caption":
		return "photo caption", 0
	case "byline":
		return "byline", 0
	}
	n = c.Paragraph
	if n == 0 {
		fmt.Sscanf(c.ID, "P%d", &n)
	}
	return "", n
}

// EntityKind classifies an entity.
type EntityKind string

// Entity kinds.
const (
	Person       EntityKind = "person"
	Organisation EntityKind = "organisation"
	Place        EntityKind = "place"
)

// Entity is a person, organisation or place named in the article.
type Entity struct {
	Name       string     `json:"name"`              // canonical (fullest) name
	Kind       EntityKind `json:"kind"`              // person, organisation or place
	Aliases    []string   `json:"aliases,omitempty"` // surname, misspellings, abbreviations
	Role       string     `json:"role,omitempty"`    // the role the article gives, verbatim
	Title      string     `json:"title,omitempty"`   // a title written before the name ("Sen."), verbatim
	Paragraphs []int      `json:"paragraphs"`        // paragraphs that mention it, ascending
}

// Quote is one verbatim quoted span and who said it.
type Quote struct {
	Speaker   string     `json:"speaker"` // canonical name of the speaker
	Text      string     `json:"text"`    // verbatim, without the quotation marks
	Citations []Citation `json:"citations"`
}

// Event is something the article dates, in the article's words.
type Event struct {
	When      string     `json:"when"`    // the time expression as written, e.g. "Dec. 29"
	Date      string     `json:"date"`    // "YYYY-MM-DD", "YYYY-MM", "YYYY" or "" when not absolute
	Text      string     `json:"text"`    // what happened, from the article
	Undated   bool       `json:"undated"` // placed by implication, not by a time expression
	Citations []Citation `json:"citations"`
}

// Turn is one earlier question and answer in a conversation thread.
type Turn struct {
	Question string
	Answer   string
}

// Question is what a reader asked, with the conversation around it.
type Question struct {
	Text    string // the question as typed; a leading Slack mention is ignored
	History []Turn // earlier turns in the same thread, oldest first
	// Progress, when set, receives the answer text so far while a model
	// streams it (not yet verified). Lookup answers never call it.
	Progress func(partial string)
}

// Answer is a reply with the paragraphs that support it.
type Answer struct {
	Question  string     `json:"question"`
	Text      string     `json:"answer"`
	Found     bool       `json:"found"` // false when the article does not say
	Mode      string     `json:"mode"`  // ModeLookup or ModeModel
	Citations []Citation `json:"citations"`
	// Model names the model whose answer was used (Mode == ModeModel), or the
	// model that was tried when FallbackReason is set.
	Model string `json:"model,omitempty"`
	// FallbackReason says why a model answer was replaced by the lookup
	// answer; empty when none was attempted or it was used.
	FallbackReason string `json:"fallback_reason,omitempty"`
}

// Answerer answers questions about one article.
type Answerer interface {
	// Answer replies to q. It returns ErrEmptyQuestion or ErrQuestionTooLong
	// for unusable input; any other error means no answer could be made.
	// An article that does not cover the question is not an error: the
	// Answer has Found == false.
	Answer(ctx context.Context, q Question) (Answer, error)
}

// CitationID returns the citation id of paragraph n, "P<n>".
func CitationID(n int) string { return "P" + strconv.Itoa(n) }
