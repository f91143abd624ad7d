package knowledge

import (
	"sort"
	"strings"

	"storybot/prompts"
)

// This file gathers what the answer prompt shows the model for a question:
// the relevant paragraphs, the entities and quotations that bear on it.

// Prompt context limits.
const (
	allParagraphsUpTo = 12 // articles this short go to the model whole
	topParagraphs     = 6  // otherwise, the best-matching paragraphs
	maxHistory        = 4  // earlier turns shown
	maxHistoryAnswer  = 600
	maxBearing        = 8 // entities, and quotations, shown
)

// input gathers what the answer prompt shows for q.
func (m *Model) input(q Question) prompts.Input {
	a := m.article
	in := prompts.Input{Question: q.Text, Title: a.Title}
	shown := map[int]bool{}
	hist := q.History
	if len(hist) > maxHistory {
		hist = hist[len(hist)-maxHistory:]
	}
	about := q.Text
	for _, t := range hist {
		in.History = append(in.History, prompts.Turn{Question: t.Question, Answer: clipRunes(t.Answer, maxHistoryAnswer)})
	}
	if len(hist) > 0 {
		// A follow-up ("what did he say?") leans on the previous question.
		about += " " + hist[len(hist)-1].Question
	}
	ents := mentionedEntities(a, about)
	for _, p := range relevantParagraphs(a, about, ents) {
		in.Paragraphs = append(in.Paragraphs, prompts.Paragraph{N: p.N, Text: p.Text})
		shown[p.N] = true
	}
	for _, n := range m.ver.suspect {
		if shown[n] {
			in.Suspect = append(in.Suspect, n)
		}
	}
	named := map[string]bool{}
	for _, e := range ents {
		if len(in.Entities) < maxBearing {
			in.Entities = append(in.Entities, prompts.Entity{
				Name: e.Name, Kind: string(e.Kind), Role: e.Role, Aliases: e.Aliases, Paragraphs: e.Paragraphs,
			})
		}
		named[e.Name] = true
	}
	qterms := wordSet(about)
	for _, qt := range a.Quotes {
		if len(in.Quotes) >= maxBearing {
			break
		}
		if named[qt.Speaker] || overlap(qterms, wordSet(qt.Text)) >= 2 {
			var ps []int
			for _, c := range qt.Citations {
				ps = append(ps, c.Paragraph)
			}
			in.Quotes = append(in.Quotes, prompts.Quote{Speaker: qt.Speaker, Text: qt.Text, Paragraphs: ps})
		}
	}
	return in
}

// mentionedEntities returns the entities whose name, an alias or (for a
// person) surname appears as whole words in text.
func mentionedEntities(a *Article, text string) []Entity {
	t := " " + strings.Join(words(text), " ") + " "
	var out []Entity
	for _, e := range a.Entities {
		names := append([]string{e.Name}, e.Aliases...)
		if f := strings.Fields(e.Name); e.Kind == Person && len(f) > 1 {
			names = append(names, f[len(f)-1])
		}
		for _, n := range names {
			w := strings.Join(words(n), " ")
			if w != "" && strings.Contains(t, " "+w+" ") {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// relevantParagraphs returns the paragraphs to show the model, in article
// order: all of a short article, else those sharing most terms with the
// question (entities it names count double).
func relevantParagraphs(a *Article, question string, ents []Entity) []Paragraph {
	if len(a.Paragraphs) <= allParagraphsUpTo {
		return a.Paragraphs
	}
	qterms := wordSet(question)
	score := make(map[int]int, len(a.Paragraphs))
	for _, p := range a.Paragraphs {
		score[p.N] = overlap(qterms, wordSet(p.Text))
	}
	for _, e := range ents {
		for _, n := range e.Paragraphs {
			score[n] += 2
		}
	}
	ps := append([]Paragraph(nil), a.Paragraphs...)
	sort.SliceStable(ps, func(i, j int) bool { return score[ps[i].N] > score[ps[j].N] })
	ps = ps[:topParagraphs]
	sort.Slice(ps, func(i, j int) bool { return ps[i].N < ps[j].N })
	return ps
}

// stopWords are left out of term overlap.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an and are as at be been but by did do does for from had has have he her his
		how i in is it its of on or she so that the their them there they this to was were what when where which
		who whom whose why will with would about after also any can could into more not said says say than then
		these those than us we you your`) {
		stopWords[w] = true
	}
}

// wordSet returns the set of s's content words, crudely stemmed.
func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words(s) {
		if stopWords[w] || len(w) < 2 {
			continue
		}
		w = strings.TrimSuffix(w, "'s")
		if len(w) > 4 {
			w = strings.TrimSuffix(w, "s")
		}
		out[w] = true
	}
	return out
}

func overlap(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}
