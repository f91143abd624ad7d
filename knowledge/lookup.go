package knowledge

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// Lookup is the deterministic answerer: it answers from the extracted
// knowledge without a model. It is safe for concurrent use.
type Lookup struct {
	a  *Article
	ix *index
}

// NewLookup returns a lookup answerer over a. It indexes the article once;
// answering then takes microseconds.
func NewLookup(a *Article) *Lookup { return &Lookup{a: a, ix: buildIndex(a)} }

// query is a question taken apart.
type query struct {
	text   string   // cleaned question text
	words  []string // lower-case words
	wh     string   // who, what, when, where, why, how many, how, which, yes/no, or ""
	ents   []int    // entities named or referred to
	terms  []qterm  // content terms, in order
	quote  bool     // asks what someone said
	months []int    // months named
	rels   []string // relative times named ("last year")
	prev   bool     // the subject came from an earlier turn
	desc   []int    // people described by their role ("the Russian ambassador")
	subj   int      // the person a "did X <verb>" question asks about, or -1
	verb   string   // the term of the verb asked about with subj
}

// qterm is one content term of a question.
type qterm struct {
	t       string // index term
	word    string // as typed
	generic bool   // phrasing, not subject matter ("position", "topic")
	// kind is the noun naming the kind of answer wanted ("which paper"):
	// the article need not use that word.
	kind bool
}

// Answer implements Answerer. It returns ErrQuestionTooLong for questions
// over MaxQuestionBytes and ErrEmptyQuestion when nothing is left once a
// leading Slack mention, punctuation and white space are stripped.
func (l *Lookup) Answer(ctx context.Context, q Question) (Answer, error) {
	if len(q.Text) > MaxQuestionBytes {
		return Answer{}, ErrQuestionTooLong
	}
	text := rephrase(cleanQuestion(q.Text))
	toks := tokenize(text)
	if len(toks) == 0 {
		return Answer{}, ErrEmptyQuestion
	}
	if err := ctx.Err(); err != nil {
		return Answer{}, err
	}
	qu := l.parse(text, toks, q.History)
	ans := l.route(qu)
	ans.Question = q.Text
	ans.Mode = ModeLookup
	if ans.Citations == nil {
		ans.Citations = []Citation{}
	}
	return ans, nil
}

// route picks the kind of answer the question needs.
func (l *Lookup) route(q *query) Answer {
	if a, ok := l.meta(q); ok {
		return a
	}
	// "What was X's job before …": the roles the article gives X, also
	// in passing; their words are the article's even when the question's
	// are not ("previous").
	if a, ok := l.roles(q); ok {
		return a
	}
	if a, ok := l.party(q); ok {
		return a
	}
	// Key terms the article never uses mean it cannot answer. One unknown
	// word is forgiven when at least two others are the article's own
	// ("Who imposed sanctions against Russia for interference?"): the
	// sentence found must then still hold most of the question.
	var unknown []qterm
	knownTerms := 0
	for _, t := range q.terms {
		switch {
		case isNumber(t.word) && !l.ix.vocab[t.t]:
			return l.notSaid(q, fmt.Sprintf("it never mentions %q", t.word))
		case t.generic || t.kind || isNumber(t.word):
		case l.ix.known(t.t), l.partyKnown(t.word):
			knownTerms++
		default:
			unknown = append(unknown, t)
		}
	}
	if len(unknown) > 1 || len(unknown) == 1 && (knownTerms < 2 || isCapitalised(unknown[0].word) || l.focus(q, unknown[0])) {
		return l.notSaid(q, fmt.Sprintf("it never mentions %q", strings.Trim(unknown[0].word, "'’")))
	}
	if len(q.ents) == 0 && len(q.terms) == 0 && len(q.months) == 0 && len(q.rels) == 0 {
		return l.notSaid(q, "the question names nothing the article covers")
	}
	// "What did the Russian president announce?" presupposes a Russian
	// president; an article whose only president has no nationality has
	// none to answer about.
	if quals := l.qualifiers(q); !l.presupposed(q, quals) {
		return l.qualRefusal(q, quals)
	}
	if q.quote && (l.hasPerson(q.ents) || len(q.ents) == 0) && q.wh != "when" && q.wh != "why" && q.wh != "how many" {
		if a, ok := l.quotes(q); ok {
			return a
		}
		if sp := l.speakerOf(q); sp >= 0 && q.wh == "what" {
			return l.notSaid(q, "it quotes no words of "+l.a.Entities[sp].Name)
		} else if sp == -3 && q.wh == "what" {
			return l.notSaid(q, "it quotes no words of anyone in that role ("+qualifierWords(l.qualifiers(q))+")")
		}
	}
	if (len(q.months) > 0 || len(q.rels) > 0) && q.wh != "why" && q.wh != "who" {
		if a, ok := l.eventsAt(q); ok {
			return a
		}
	}
	switch q.wh {
	case "when":
		return l.when(q)
	case "who", "which", "what", "":
		if a, ok := l.byRole(q); ok {
			return a
		}
	}
	// One name and nothing else is a question about that entity; two names
	// ask how they relate, which a sentence naming both answers.
	if (len(q.ents) == 1 || len(q.ents) > 1 && q.prev) && l.substantive(q) == 0 && q.wh != "why" && q.wh != "how many" && q.wh != "when" {
		full := q.wh == "" || slices.Contains(q.words, "happened") || slices.Contains(q.words, "about")
		return l.describe(q.ents[0], full)
	}
	switch q.wh {
	case "how many", "how much":
		if a, ok := l.howMany(q); ok {
			return a
		}
		return l.notSaid(q, "it gives no number for that")
	case "where":
		return l.where(q)
	case "why":
		if a, ok := l.why(q); ok {
			return a
		}
	}
	return l.retrieve(q)
}

// focus reports whether a question term is what the question turns on: the
// verb of "who <verb> …" ("Who replaced Flynn?"), the thing owned in "X's
// <noun>" ("the Attorney General's salary"), or the question's last word.
func (l *Lookup) focus(q *query, t qterm) bool {
	w := strings.ToLower(t.word)
	for i, x := range q.words {
		if x != w {
			continue
		}
		if i == len(q.words)-1 {
			return true
		}
		if i > 0 && bare(q.words[i-1]) != q.words[i-1] {
			return true
		}
		j := i - 1
		for j >= 0 && auxiliaries[q.words[j]] {
			j--
		}
		if j >= 0 && q.words[j] == "who" {
			return true
		}
	}
	return false
}

// metaWords ask about the article as a whole rather than about its
// content.
var (
	summaryWords  = toSet("summary", "summarize", "summarise", "summarized", "tldr", "gist", "overview", "headline")
	timelineWords = toSet("timeline", "chronology", "chronologically")
	peopleWords   = toSet("people", "persons", "names", "characters", "who's who")
)

// meta answers questions about the article itself: a summary (its lead),
// its timeline, its quotations, the people in it.
func (l *Lookup) meta(q *query) (Answer, bool) {
	if len(q.ents) > 0 || len(l.a.Paragraphs) == 0 {
		return Answer{}, false
	}
	has := func(set map[string]bool) bool {
		for _, w := range q.words {
			if set[strings.Trim(w, ";")] {
				return true
			}
		}
		return false
	}
	aboutArticle := slices.Contains(q.words, "about") && (slices.Contains(q.words, "article") || slices.Contains(q.words, "story")) && len(q.words) <= 8
	switch {
	case has(summaryWords) || aboutArticle:
		lead := l.a.Lead()
		return Answer{Text: lead + " (¶1)", Found: true, Citations: []Citation{cite(1, lead)}}, true
	case has(timelineWords) || slices.Contains(q.words, "order") && (slices.Contains(q.words, "happen") || slices.Contains(q.words, "happened") || slices.Contains(q.words, "events")):
		var evs []Event
		for _, e := range l.a.Events {
			if !e.Undated {
				evs = append(evs, e)
			}
		}
		if len(evs) > 0 {
			return l.eventAnswer(evs), true
		}
	case has(peopleWords) && l.substantive(q) <= 2:
		var b strings.Builder
		var cites []Citation
		for i, e := range l.a.Entities {
			if e.Kind != Person {
				continue
			}
			if b.Len() > 0 {
				b.WriteString(" ")
			}
			if e.Role != "" {
				b.WriteString(l.roleSentence(i) + ".")
				if c, ok := l.roleCitation(i); ok && len(cites) < 6 {
					cites = append(cites, c[0])
				}
			} else {
				fmt.Fprintf(&b, "%s is named in %s.", e.Name, paraList(e.Paragraphs))
			}
		}
		if b.Len() > 0 {
			return Answer{Text: b.String(), Found: true, Citations: cites}, true
		}
	case q.quote && len(q.terms) == 0:
		return l.quotes(q)
	}
	return Answer{}, false
}

// substantive counts the question's terms that are subject matter.
func (l *Lookup) substantive(q *query) int {
	n := 0
	for _, t := range q.terms {
		if !t.generic && (!t.kind || l.ix.vocab[t.t]) {
			n++
		}
	}
	return n
}

// notSaid is the answer when the article does not cover the question. It
// may point to the nearest paragraph as context, never as the answer.
func (l *Lookup) notSaid(q *query, why string) Answer {
	a := Answer{Text: "The article doesn't say: " + why + "."}
	if len(q.ents) > 0 {
		best, bs := -1, 0.0
		for i := range l.ix.sents {
			if !has(l.ix.sents[i].ents, q.ents[0]) {
				continue
			}
			if s, _ := l.score(&l.ix.sents[i], q); s > bs {
				best, bs = i, s
			}
		}
		if best >= 0 {
			si := &l.ix.sents[best]
			a.Text += fmt.Sprintf(" For context, %s appears in ¶%d.", l.a.Entities[q.ents[0]].Name, si.n)
			a.Citations = []Citation{cite(si.n, si.text)}
		}
	}
	return a
}
