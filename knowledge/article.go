package knowledge

import (
	_ "embed"
	"errors"
	"strings"
	"time"
	"unicode"
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
// line and a byline ("By Jane Doe", an agency line under it), optionally a
// publication line ("Published Friday, March 20, 2026"), then paragraphs
// separated by blank lines (or one per line when the text has no blank
// lines). It extracts entities, quotations and dated
// events deterministically. It fails with ErrNoParagraphs when there is no
// body.
func Parse(text string, opts Options) (*Article, error) {
	// Invalid UTF-8 becomes U+FFFD, so that everything extracted is valid
	// text (JSON, Slack); all else stays the input's own bytes.
	text = strings.ToValidUTF8(text, "\uFFFD")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.TrimPrefix(text, "\uFEFF")
	lines := strings.Split(text, "\n")

	a := &Article{Published: opts.Published}
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i == len(lines) {
		return nil, ErrNoParagraphs
	}
	a.Title = strings.TrimSpace(lines[i])
	i++
	// The caption, if any, is the next non-blank line.
	j := i
	for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
		j++
	}
	if by, next := readByline(lines, j); by != "" {
		a.Byline, i = by, next
	} else if j < len(lines) && isCaption(a.Title, strings.TrimSpace(lines[j]), lines[j+1:]) {
		a.Caption = strings.TrimSpace(lines[j])
		i = j + 1
		if by, next := readByline(lines, i); by != "" {
			a.Byline, i = by, next
		}
	}
	if date, next := readPublishedLine(lines, i); !date.IsZero() {
		i = next // "Published Friday, March 20, 2026" (publishedline.go)
		if a.Published.IsZero() {
			a.Published = date
		}
	}
	for _, p := range bodyParagraphs(lines[i:]) {
		n := len(a.Paragraphs) + 1
		a.Paragraphs = append(a.Paragraphs, Paragraph{N: n, Text: p})
	}
	if len(a.Paragraphs) == 0 {
		return nil, ErrNoParagraphs
	}
	d := analyse(a.Paragraphs)
	for k := range a.Paragraphs {
		a.Paragraphs[k].Sentences = d.paras[k].sentenceTexts()
	}
	ents := discoverEntities(d)
	ents = append(ents, captionPeople(d, a.Caption, ents)...)
	d.mentions = findAllMentions(d, ents)
	if settleKinds(d, ents) {
		ents = mergeShortOrgs(ents) // a team re-kinded from a person's name takes its nickname's ("Ice Hawks" of "Des Moines Ice Hawks")
		d.mentions = findAllMentions(d, ents)
	}
	a.Entities = finishEntities(d, ents)
	a.Quotes = extractQuotes(d, a.Entities)
	a.Events = extractEvents(d, a.Published)
	return a, nil
}

// isCaption reports whether line, the one after the title, is a photo
// caption rather than body text: it repeats the title (a caption plus its
// credit), or it is short and does not read as a sentence, and body text
// follows it.
func isCaption(title, line string, rest []string) bool {
	more := false
	for _, l := range rest {
		if strings.TrimSpace(l) != "" {
			more = true
			break
		}
	}
	if !more || line == "" {
		return false
	}
	if strings.HasPrefix(line, title) || endsWithCredit(line) {
		return true
	}
	words := strings.Fields(line)
	last := line[len(line)-1]
	return len(words) <= 12 && !strings.ContainsRune(".?!\"”'’", rune(last))
}

// endsWithCredit reports whether line ends with a photo credit in
// parentheses, as wire captions do: "(AP Photo/Lee Park)", "(Reuters)" —
// a parenthetical of at most five words with no sentence inside.
func endsWithCredit(line string) bool {
	if !strings.HasSuffix(line, ")") {
		return false
	}
	open := strings.LastIndexByte(line, '(')
	if open < 0 {
		return false
	}
	credit := line[open+1 : len(line)-1]
	return credit != "" && len(strings.Fields(credit)) <= 5 && !strings.ContainsAny(credit, ".?!")
}

// bodyParagraphs groups the body lines into paragraphs. Blank lines separate
// paragraphs, and a paragraph spanning lines keeps its line breaks, so that
// it stays verbatim; when the body has no blank line between text lines,
// each line is a paragraph.
func bodyParagraphs(lines []string) []string {
	// Is there a blank line between two lines of text?
	blank := false
	seenText, gap := false, false
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			gap = seenText
			continue
		}
		if gap {
			blank = true
		}
		seenText = true
	}
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.TrimFunc(strings.Join(cur, "\n"), unicode.IsSpace))
			cur = cur[:0]
		}
	}
	for _, l := range lines {
		if strings.TrimFunc(l, unicode.IsSpace) == "" {
			flush()
			continue
		}
		cur = append(cur, l)
		if !blank {
			flush()
		}
	}
	flush()
	return out
}

// Lead returns a short summary of the story: the first sentence of the first
// paragraph, and the second too when the first is short. It is verbatim.
func (a *Article) Lead() string {
	if len(a.Paragraphs) == 0 {
		return ""
	}
	p := a.Paragraphs[0]
	if len(p.Sentences) == 0 {
		return p.Text
	}
	lead := p.Sentences[0]
	if len(lead) < 120 && len(p.Sentences) > 1 {
		i := strings.Index(p.Text, p.Sentences[1])
		if i >= 0 {
			return strings.TrimSpace(p.Text[:i+len(p.Sentences[1])])
		}
	}
	return lead
}

// Paragraph returns body paragraph n (1-based); ok is false when there is
// no such paragraph.
func (a *Article) Paragraph(n int) (Paragraph, bool) {
	if n < 1 || n > len(a.Paragraphs) {
		return Paragraph{}, false
	}
	return a.Paragraphs[n-1], true
}

// Entity finds an entity by its name or any alias, in any case, and also
// by a close misspelling of a name ("Kisylak"). ok is false when no entity
// matches.
func (a *Article) Entity(name string) (Entity, bool) {
	i := a.entityIndex(name)
	if i < 0 {
		return Entity{}, false
	}
	return a.Entities[i], true
}

// entityIndex is Entity's lookup, returning an index into a.Entities or -1.
func (a *Article) entityIndex(name string) int {
	key := aliasKey(strings.TrimSpace(name))
	if key == "" {
		return -1
	}
	for i, e := range a.Entities {
		if aliasKey(e.Name) == key {
			return i
		}
	}
	for i, e := range a.Entities {
		for _, al := range e.Aliases {
			if aliasKey(al) == key {
				return i
			}
		}
	}
	for i, e := range a.Entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if closeSpelling(key, aliasKey(n)) {
				return i
			}
		}
	}
	return -1
}

// aliasKey is the comparison form of a name: lower case, possessive and
// final period dropped, single spaces.
func aliasKey(s string) string {
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		f[i] = strings.TrimSuffix(bare(w), ".")
	}
	return strings.Join(f, " ")
}

// QuotesBy returns the quotations whose speaker is the entity speaker names
// (by name, alias or misspelling), in reading order.
func (a *Article) QuotesBy(speaker string) []Quote {
	var out []Quote
	i := a.entityIndex(speaker)
	for _, q := range a.Quotes {
		if i >= 0 && q.Speaker == a.Entities[i].Name || i < 0 && aliasKey(q.Speaker) == aliasKey(speaker) {
			out = append(out, q)
		}
	}
	return out
}

// Contains reports whether s stands verbatim in the article (title, caption
// or one body paragraph), ignoring only the difference between curly and
// straight quotes, between dashes, and runs of white space. Case matters.
func (a *Article) Contains(s string) bool {
	n := normVerbatim(s)
	if n == "" {
		return true
	}
	if strings.Contains(normVerbatim(a.Title), n) || strings.Contains(normVerbatim(a.Caption), n) {
		return true
	}
	for _, p := range a.Paragraphs {
		if strings.Contains(normVerbatim(p.Text), n) {
			return true
		}
	}
	return false
}

// cite returns a citation of paragraph n with the given verbatim text.
func cite(n int, text string) Citation {
	return Citation{ID: CitationID(n), Paragraph: n, Text: text}
}
