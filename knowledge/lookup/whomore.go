package lookup

import (
	"fmt"
	"slices"
	"strings"

	"storybot/knowledge"
)

// "Who raised more money?" (part of stage 4, comparisons of two figures):
// a comparative question with no alternatives named asks which of the
// parties the article gives the act's figure for has the larger one
// (Quirk et al. 1985, ch. 7 on comparison: "more" of a quantity). The
// parties are those named in the sentence that best tells the act
// ("Villanueva's campaign raised about $410,000, while Gradisar raised
// about $365,000") or referred to there by pronoun. Each party's figure
// is the answer to "how much money X raised" asked of the article, in the
// order of a subordinate clause, which keeps the question's verb as
// written; so the figure is the party's own by every reading the lookup
// makes of a figure's owner. Without two such figures that differ, the
// question is left to the other readings.

// whoMoreRe is "who VERB more|fewer|less [NOUN …]".
var whoMoreRe = lazyRE(`^who\s+(\w+)\s+(more|fewer|less)\b\s*(.*?)[?.!]*$`)

// whoMore answers "who VERB more N" with the party the comparative picks
// and both figures; ok is false when the question is no such comparison,
// or the article gives no two differing figures of parties for the act.
func (e *Engine) whoMore(text string, history []knowledge.Turn) (reply, bool) {
	m := whoMoreRe.FindStringSubmatch(strings.ToLower(strings.TrimSpace(expandChat(text))))
	if m == nil || e.noLex || !e.verbForm(m[1]) {
		return reply{}, false
	}
	verb, fewer, noun := m[1], m[2] != "more", strings.TrimSpace(m[3])
	ask := "how many " + noun
	if noun == "" || moneyWords[noun] || noun == "money" {
		ask = strings.TrimSpace("how much " + noun)
	}
	q := e.understand(strings.TrimSpace("who "+verb+" "+noun), history)
	cands := e.rank(q, nil)
	if len(cands) == 0 {
		return reply{}, false
	}
	type party struct {
		x     int
		value float64
		r     reply
	}
	var parties []party
	best := &e.r.sents[cands[0].s]
	for _, x := range slices.Concat(best.named, best.refs) { // "She received 18,412 votes to his 15,690": the parties by pronoun
		if k := e.r.ents[x].kind; k != knowledge.Person && k != knowledge.Organisation {
			continue
		}
		v, r, ok := e.countOf(e.understand(fmt.Sprintf("%s %s %s", ask, e.a.Entities[x].Name, verb), history)) // "how much money Gradisar raised": the verb as asked, no auxiliary to inflect it for
		if ok && !slices.ContainsFunc(parties, func(p party) bool { return p.value == v }) {
			parties = append(parties, party{x, v, r})
		}
	}
	if len(parties) != 2 {
		return reply{}, false
	}
	a, b := parties[0], parties[1]
	if a.value < b.value != fewer {
		a, b = b, a // the party the comparative picks first
	}
	head := fmt.Sprintf("%s (%s, to %s's %s).", e.a.Entities[a.x].Name, figureText(a.r), e.a.Entities[b.x].Name, figureText(b.r))
	return reply{found: true, head: head, used: bothUsed(a.r, b.r)}, true
}

// figureText is the figure a reply's head opens with, as the head gives
// it ("About $410,000." → "about $410,000").
func figureText(r reply) string {
	h := strings.TrimSuffix(r.head, ".")
	if h != "" {
		h = strings.ToLower(h[:1]) + h[1:]
	}
	return h
}
