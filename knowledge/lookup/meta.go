package lookup

import (
	"fmt"
	"sort"
	"strings"

	"storybot/knowledge"
)

// Answers about the article itself: its headline, photo caption and
// credit, who it quotes, what it is about.

// title answers with the headline.
func (e *Engine) title(q *query) (reply, bool) {
	s := e.part("title")
	if s == nil {
		return reply{}, false
	}
	return reply{found: true, head: fmt.Sprintf("The headline is %q.", s.text), used: []*sentence{s}}, true
}

// byline answers "who wrote this" with the byline, when the article
// prints one; an article without one does not say who wrote it.
func (e *Engine) byline(q *query) (reply, bool) {
	s := e.part("byline")
	if s == nil {
		return reply{}, false
	}
	return reply{found: true, head: fmt.Sprintf("The byline is %s.", s.text), used: []*sentence{s}, restated: true}, true
}

// caption answers with the photo caption.
func (e *Engine) caption(q *query) (reply, bool) {
	s := e.part("caption")
	if s == nil {
		return reply{}, false
	}
	text, credit := splitCredit(s.text)
	head := fmt.Sprintf("The photo caption reads: %s.", strings.TrimSuffix(text, "."))
	if credit != "" {
		head += fmt.Sprintf(" The photo is credited to %s.", credit)
	}
	return reply{found: true, head: head, used: []*sentence{s}, restated: true}, true
}

// photoAgencies are the wire services and photo agencies whose names end
// a caption as its credit (AP Stylebook, "photo credits"; the agencies of
// the major wire services).
var photoAgencies = []string{"AP Photo", "Reuters", "REUTERS", "Getty Images", "AFP", "EPA", "Bloomberg", "UPI", "Xinhua", "Pool"}

// splitCredit separates a caption from the credit at its end, even when
// the two were run together ("Senator Jeff SessionsReuters").
func splitCredit(c string) (caption, credit string) {
	c = strings.TrimSpace(c)
	if m := creditRe.FindStringSubmatchIndex(c); m != nil {
		who := ""
		for k := 2; k+1 < len(m); k += 2 {
			if m[k] >= 0 {
				who = c[m[k]:m[k+1]]
			}
		}
		return strings.TrimSpace(c[:m[0]]), strings.TrimSpace(who)
	}
	for _, a := range photoAgencies {
		if i := strings.LastIndex(c, a); i > 0 && strings.TrimSpace(c[i+len(a):]) == "" {
			return strings.TrimSpace(c[:i]), a
		}
	}
	return c, ""
}

// creditRe finds a photo credit at the end of a caption: "(AP Photo/Ty
// Nguyen)", "REUTERS/Kevin Lamarque", "Photo: Jane Doe".
var creditRe = lazyRE(`(?:\(([^()]*(?:Photo|REUTERS|Reuters|Getty|AFP|AP)[^()]*)\)|\b((?:REUTERS|Reuters)/[\w .'-]+)|(?i:photo(?:graph)?:?\s+(?:by\s+)?)([A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)*))\s*\.?\s*$`)

// credit answers with the photo's credit line.
func (e *Engine) credit(q *query) (reply, bool) {
	s := e.part("caption")
	if s == nil {
		return reply{}, false
	}
	_, who := splitCredit(s.text)
	if who == "" {
		return reply{}, false
	}
	if agency, name, ok := strings.Cut(who, "/"); ok && name != "" {
		// "AP Photo/Rebecca Sandoval": the photographer, for the agency
		return reply{found: true, head: fmt.Sprintf("The photo is by %s (%s).", strings.TrimSpace(name), strings.TrimSpace(agency)), used: []*sentence{s}}, true
	}
	return reply{found: true, head: fmt.Sprintf("The photo is credited to %s.", who), used: []*sentence{s}}, true
}

// quoted answers who the article quotes, with how often.
func (e *Engine) quoted(q *query) (reply, bool) {
	counts := map[int]int{}
	var order []int
	var used []*sentence
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.speaker < 0 {
			continue
		}
		if counts[s.speaker] == 0 {
			order = append(order, s.speaker)
			used = append(used, s)
		}
		counts[s.speaker]++
	}
	if len(order) == 0 {
		return reply{head: "The article doesn't quote anyone directly."}, true
	}
	sort.SliceStable(order, func(a, b int) bool { return counts[order[a]] > counts[order[b]] })
	var names []string
	for _, p := range order {
		names = append(names, e.a.Entities[p].Name)
	}
	head := fmt.Sprintf("%d people are quoted directly: %s.", len(names), strings.Join(names, ", "))
	if len(names) == 1 {
		head = fmt.Sprintf("One person is quoted directly: %s.", names[0])
	}
	return reply{found: true, head: head, used: used}, true
}

// summary answers what the story is about with its lead.
func (e *Engine) summary(q *query) (reply, bool) {
	if s := e.leadSentence(); s != nil {
		return reply{found: true, used: []*sentence{s}}, true
	}
	return reply{}, false
}

// published answers when the article was published, from the date it was
// given; a story's text alone does not say.
func (e *Engine) published(q *query) (reply, bool) {
	if e.a.Published.IsZero() {
		return reply{head: "The article doesn't say when it was published; its text carries no date."}, true
	}
	// The date was given with the article, not written in it: there is no
	// passage to cite, so the answer is not the article's own.
	return reply{head: fmt.Sprintf("The article's text carries no date; it was loaded as published on %s.", e.a.Published.Format("January 2, 2006"))}, true
}

// part returns the title or caption sentence, or nil.
func (e *Engine) part(name string) *sentence {
	for i := range e.r.sents {
		if e.r.sents[i].part == name {
			return &e.r.sents[i]
		}
	}
	return nil
}

// timeline answers with the article's dated events in order, as the
// extraction stage placed them.
func (e *Engine) timeline(q *query) (reply, bool) {
	var lines []string
	var used []*sentence
	for _, ev := range e.a.Events {
		if ev.Undated || len(ev.Citations) == 0 {
			continue
		}
		s := e.sentenceOf(ev.Citations[0])
		if s == nil {
			continue
		}
		lines = append(lines, fmt.Sprintf("%s: %s", capitalise(ev.When), s.text))
		if !containsSent(used, s) {
			used = append(used, s)
		}
	}
	if len(lines) == 0 {
		return reply{}, false
	}
	return reply{found: true, head: "In order:\n• " + strings.Join(lines, "\n• "), used: used}, true
}

// eventsAt answers "what happened last month" with the sentences dated by
// the time the question names.
func (e *Engine) eventsAt(q *query) (reply, bool) {
	asked := timeRe.FindString(q.raw)
	if asked == "" {
		return e.happenedTo(q)
	}
	want := strings.ToLower(strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(asked, "in "), "on "), "."))
	var used []*sentence
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, sp := range s.times {
			if strings.Contains(strings.ToLower(s.text[sp[0]:sp[1]]), want) && s.part == "" {
				used = append(used, s)
				break
			}
		}
	}
	if len(used) == 0 {
		return reply{}, false
	}
	return reply{found: true, head: capitalise(want) + ":", used: used}, true
}

// sentenceOf finds the sentence a citation quotes.
func (e *Engine) sentenceOf(c knowledge.Citation) *sentence {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.para == c.Paragraph && (strings.Contains(c.Text, s.text) || strings.Contains(s.text, c.Text)) {
			return s
		}
	}
	return nil
}

// happenedTo answers "what happened to X" from the body: a photo caption
// describes a picture taken after the event (AP Stylebook, "captions"),
// the story's own sentences report what happened.
func (e *Engine) happenedTo(q *query) (reply, bool) {
	if len(q.terms) == 0 && len(q.subjects) == 0 {
		// "what happened", "so what happened to him?": nothing named but the
		// event itself, which a news story's lead tells first (the inverted
		// pyramid; AP Stylebook, "lead")
		return e.summary(q)
	}
	if r, ok := e.proposalFate(q); ok {
		return r, true // "what happened with the override": its result
	}
	if r, ok := e.topicFate(q); ok {
		return r, true // "what happened to the chapel" of a story about the chapel: the lead (topicfate.go)
	}
	body := func(s *sentence) bool { return s.part == "" }
	if c, ok := e.undergoerBest(q, body); ok {
		c = e.anchoredPassage(q, c, body) // "what happened after the park closed": not the closing's own sentence (timerelation.go)
		return reply{found: true, used: []*sentence{&e.r.sents[c.s]}}, true
	}
	if _, ok := e.best(q, func(s *sentence) bool { return s.part == "caption" }); ok && len(q.subjects) > 0 {
		// only a caption holds the question: the first body sentence about
		// X tells what happened, as a news story's lead does (AP
		// Stylebook, "lead")
		for i := range e.r.sents {
			if s := &e.r.sents[i]; s.part == "" && mentionsAll(s, q.subjects) {
				return reply{found: true, used: []*sentence{s}}, true
			}
		}
	}
	return e.passage(q)
}

// mentionsAll reports whether s names or refers to every one of xs.
func mentionsAll(s *sentence, xs []int) bool {
	for _, x := range xs {
		if !s.mentions(x) {
			return false
		}
	}
	return true
}
