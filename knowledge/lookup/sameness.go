package lookup

import (
	"strings"

	"storybot/knowledge"
)

// Sameness questions: "the cnn report and the congressional investigations
// - are those about the same thing?", "is the report the same as the
// probe?". Two things reported in different sentences are about the same
// matter when the sentences that name them report the same clause: a run
// of at least sameRun content words in common, in the same order ("a CNN
// report claiming … the Trump campaign exchanged information"; "
// investigations to probe whether the Trump campaign exchanged
// information"). Otherwise the words alone cannot tell (the article may
// say the same in other words), and the reply says the article does not
// say how they relate, with both sentences; a question about people ("is
// X the same as Y") asks who someone is and is left to the other stages.

// sameCue asks whether two things are the same or linked.
var sameCue = lazyRE(`\b(?:are|is|were|was)\s+(?:those|these|they|them|both|the two|it|that|this)?\s*(?:about|on|over|for)?\s*(?:the same|related|connected|linked)\b|\bthe same (?:thing|story|issue|matter|one|person|guy|man|woman) as\b|\bthe same as\b`)

// sameSplit separates the two things compared.
var sameSplit = lazyRE(`\s+(?:and|vs\.?|versus)\s+|\bthe same (?:thing|story|issue|matter|one|person|guy|man|woman)? ?as\b`)

// sameBreakRe finds the dashes and punctuation that break a question's
// clauses.
var sameBreakRe = lazyRE(`\s[-–—]+\s|[?,:]`)

// sameRun is the fewest content words two sentences must share in one run
// to report the same matter.
const sameRun = 3

// sameItems returns the two things a sameness question compares, or nil.
func sameItems(text string) []string {
	low := strings.ToLower(expandChat(text))
	loc := sameCue.FindStringIndex(low)
	if loc == nil {
		return nil
	}
	body := low[:loc[0]]
	if strings.Contains(low[loc[0]:loc[1]], " as") {
		body = low // "is X the same as Y": the two sides around the cue
	}
	body = sameBreakRe.ReplaceAllString(body, " ")
	var items []string
	for _, p := range sameSplit.Split(body, -1) {
		words := dropChat(strings.Fields(sameCue.ReplaceAllString(p, " ")))
		if len(words) > 0 && !(len(words) == 1 && auxiliaries[words[0]]) {
			items = append(items, strings.Join(words, " "))
		}
	}
	if len(items) != 2 {
		return nil
	}
	return items
}

// sameness answers whether the two things compared are about the same
// matter.
func (e *Engine) sameness(text string) (reply, bool) {
	items := sameItems(text)
	if items == nil {
		return reply{}, false
	}
	if r, ok := e.samePerson(items); ok {
		return r, true
	}
	var sents [2]*sentence
	for k, it := range items {
		q := e.understand(it, nil)
		for _, x := range q.subjects {
			if e.r.ents[x].kind == knowledge.Person {
				return reply{}, false // a person compared with a thing: left to the other stages
			}
		}
		c, ok := e.best(q, nil)
		if !ok {
			return reply{}, false
		}
		sents[k] = &e.r.sents[c.s]
	}
	if sents[0] == sents[1] {
		return reply{found: true, head: "The article reports both in one sentence; it does not say more of how they relate:", used: sents[:1]}, true
	}
	if run := commonRun(sents[0], sents[1]); run != "" {
		return reply{found: true, head: "Yes — both are about the same thing: \"" + run + "\".", used: sents[:]}, true
	}
	return reply{found: true, head: "The article doesn't say how they relate. It says:", used: sents[:]}, true
}

// samePerson answers "is X the same as Y" when each side names one person:
// the same entity (a name and its misspelling), or two. A role on one side
// ("the russian ambassador") is left to the role verdict of yes/no.
func (e *Engine) samePerson(items []string) (reply, bool) {
	var xs [2]int
	for k, it := range items {
		q := e.understand(it, nil)
		if len(q.subjects) != 1 || e.r.ents[q.subjects[0]].kind != knowledge.Person {
			return reply{}, false
		}
		xs[k] = q.subjects[0]
	}
	var used []*sentence
	for _, x := range xs {
		if s := e.firstNaming(x); s != nil && !containsSent(used, s) {
			used = append(used, s)
		}
	}
	a, b := e.a.Entities[xs[0]].Name, e.a.Entities[xs[1]].Name
	if xs[0] == xs[1] {
		return reply{found: true, head: "Yes — both are " + a + ".", used: used}, true
	}
	return reply{found: true, head: "No — " + a + " and " + b + " are two different people.", used: used}, true
}

// commonRun is the longest run of words two sentences share in the same
// order, as the first writes it, when it holds sameRun content words.
func commonRun(a, b *sentence) string {
	bestLen, bestEnd := 0, 0
	prev := make([]int, len(b.toks)+1)
	for i := range a.toks {
		cur := make([]int, len(b.toks)+1)
		for j := range b.toks {
			if a.toks[i].stem == b.toks[j].stem {
				cur[j+1] = prev[j] + 1
				if cur[j+1] > bestLen {
					bestLen, bestEnd = cur[j+1], i
				}
			}
		}
		prev = cur
	}
	if bestLen == 0 {
		return ""
	}
	from := bestEnd - bestLen + 1
	content := 0
	for _, t := range a.toks[from : bestEnd+1] {
		if !stopWords[t.lower] {
			content++
		}
	}
	if content < sameRun {
		return ""
	}
	return a.text[a.toks[from].start:a.toks[bestEnd].end]
}
