package knowledge

import (
	"strings"
)

// cleanQuestion drops invalid bytes and leading Slack mentions ("<@U123>",
// "<@U123|bot>") from a question.
func cleanQuestion(s string) string {
	s = strings.ToValidUTF8(s, " ")
	s = strings.TrimSpace(s)
	for strings.HasPrefix(s, "<") {
		i := strings.IndexByte(s, '>')
		if i < 0 {
			break
		}
		s = strings.TrimSpace(s[i+1:])
	}
	s = strings.TrimLeft(s, ":, ")
	return s
}

// phrases are multi-word verbs folded to one word before a question is
// read ("step down" is "resign").
var phrases = strings.NewReplacer(
	" step down", " resign", " stepped down", " resigned", " steps down", " resigns",
	" stepping down", " resigning", " called on", " urged", " looked into", " investigated",
	" look into", " investigate", " met up with", " met with", " meet up with", " meet with",
	" find out", " discover", " found out", " discovered", " turned out", " proved",
	" speaks for ", " is the spokesperson for ", " spoke for ", " was the spokesperson for ",
	" tell me about ", " about ", " tell us about ", " about ", " tell me more about ", " about ",
	" speaking for ", " spokesperson for ", " how often ", " how many times ",
	" how frequently ", " how many times ",
)

// chatWords are chat spellings of question words.
var chatWords = strings.NewReplacer(" whos ", " who is ", " whats ", " what is ", " wheres ", " where is ",
	" hows ", " how is ", " abt ", " about ", " wat ", " what ", " wht ", " what ", " u ", " you ",
	" wen ", " when ", " whn ", " when ", " wher ", " where ", " hw ", " how ", " wich ", " which ", " waht ", " what ",
	" pls ", " please ", " plz ", " please ", " thx ", " thanks ")

// rephrase folds multi-word verbs and chat spellings in a question.
// Words are lower-cased first, except short acronyms ("US", "DNC") whose
// case tells them from common words.
func rephrase(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		lw := strings.ToLower(w)
		if chatWords.Replace(" "+lw+" ") != " "+lw+" " || !(len(w) <= 4 && w == strings.ToUpper(w)) {
			f[i] = lw
		}
	}
	s = " " + strings.Join(f, " ") + " "
	s = chatWords.Replace(chatWords.Replace(s)) // twice for overlaps ("whos u")
	return strings.TrimSpace(phrases.Replace(s))
}

// whWords are the question words, longest first.
var whWords = []string{"how many", "how much", "how long", "who", "whom", "whose", "what", "when", "where", "why", "which", "how"}

// auxiliaries open a yes/no question.
var auxiliaries = toSet("did", "does", "do", "is", "was", "were", "are", "has", "have", "had", "can", "could", "will", "would", "should")

// quoteWords ask for someone's words.
var quoteWords = toSet("say", "said", "says", "saying", "quote", "quotes", "quoted", "quotation",
	"quotations", "claim", "claimed", "claims", "state", "stated", "tell", "told", "words", "statement", "statements")

// pronouns that point back to an earlier subject.
var backPronouns = toSet("he", "him", "his", "she", "her", "hers", "they", "them", "their", "it", "its", "himself", "herself")

// parse takes a question apart: its question word, the entities it names
// (by any alias, in any case, or misspelt), its content terms, and a
// subject carried over from the conversation when it uses a pronoun.
func (l *Lookup) parse(text string, toks []token, history []Turn) *query {
	q := &query{text: text}
	for _, t := range toks {
		q.words = append(q.words, strings.ToLower(t.s))
	}
	joined := " " + strings.Join(q.words, " ") + " "
	best := len(joined)
	for _, w := range whWords {
		if i := strings.Index(joined, " "+w+" "); i >= 0 && i < best && i <= len(strings.Join(q.words[:min(4, len(q.words))], " "))+1 {
			best, q.wh = i, w
		}
	}
	if q.wh == "whom" || q.wh == "whose" {
		q.wh = "who"
	}
	if q.wh == "" && auxiliaries[q.words[0]] {
		q.wh = "yes/no"
	}
	covered := make([]bool, len(toks))
	named := l.ix.aliases.match(toks, false)
	q.findSubjectVerb(toks, named)
	for _, m := range named {
		q.ents = appendUnique(q.ents, m.ent)
		for i := m.i; i < m.j; i++ {
			covered[i] = true
		}
	}
	// Misspelt names: a long word that is no article word but is close to
	// a name.
	for i, t := range toks {
		w := strings.ToLower(bare(t.s))
		if covered[i] || len(w) < 5 || stopwords[w] || l.ix.vocab[fold(stem(w))] {
			continue
		}
		if e := l.fuzzyEntity(w); e >= 0 {
			q.ents = appendUnique(q.ents, e)
			covered[i] = true
		}
	}
	// Other parts of a matched name ("Sarah Flores", "jeff sesions")
	// belong to it.
	for i, t := range toks {
		if covered[i] {
			continue
		}
		for _, e := range q.ents {
			for _, part := range strings.Fields(l.a.Entities[e].Name) {
				if len(part) > 2 && tokKey(part) == tokKey(t.s) && (i > 0 && covered[i-1] || i+1 < len(toks) && covered[i+1]) {
					covered[i] = true
				}
			}
		}
	}
	// People described by their role rather than named.
	var all []string
	for _, t := range toks {
		all = terms(t.s, all)
	}
	// "the German ambassador" is not Kislyak, the Russian one.
	quals := l.qualifiers(q)
	for _, e := range l.ix.described(all) {
		if !has(q.ents, e) && l.qualified(e, quals) {
			q.desc = append(q.desc, e)
		}
	}
	pronoun := false
	for i, t := range toks {
		w := strings.ToLower(t.s)
		if backPronouns[w] {
			pronoun = true
		}
		if quoteWords[w] {
			q.quote = true
		}
		if n := monthNames[strings.TrimSuffix(w, ".")]; n > 0 && (w != "may" || i > 0 && (q.words[i-1] == "in" || q.words[i-1] == "since")) {
			q.months = append(q.months, n)
			covered[i] = true
			continue
		}
		if covered[i] {
			continue
		}
		kind := i > 0 && (q.words[i-1] == "which" || q.words[i-1] == "what") && !auxiliaries[w]
		if i+1 < len(toks) && covered[i+1] && isTitleToken(t.s) {
			continue // a title before a name ("Gen. Flynn") is part of it
		}
		for _, x := range terms(t.s, nil) {
			q.terms = append(q.terms, qterm{t: x, word: t.s, generic: genericWords[x] || genericWords[w], kind: kind})
		}
	}
	for _, rel := range []string{"last year", "last month", "last week", "this year", "this month", "this week", "recent days", "recent weeks", "recent months", "yesterday", "today"} {
		if strings.Contains(joined, " "+rel+" ") {
			q.rels = append(q.rels, rel)
		}
	}
	if len(q.rels) > 0 {
		// Relative times select events; their words are not content.
		var kept []qterm
		for _, t := range q.terms {
			switch t.t {
			case "last", "year", "month", "week", "recent", "day", "yesterday", "today", "thi":
				continue
			}
			kept = append(kept, t)
		}
		q.terms = kept
	}
	substantive := 0
	for _, t := range q.terms {
		if !t.generic {
			substantive++
		}
	}
	// A pronoun as the subject ("did he meet Kislyak?") points back even
	// when the question names someone else.
	subjectPronoun := false
	for _, w := range q.words[:min(3, len(q.words))] {
		subjectPronoun = subjectPronoun || backPronouns[w] && w != "it" && w != "its"
	}
	needSubject := pronoun && (!l.hasPerson(q.ents) || subjectPronoun) || len(q.ents) == 0 && substantive == 0 && len(q.months) == 0 && len(q.rels) == 0
	if needSubject && len(history) > 0 {
		if e, prevTerms := l.fromHistory(history, q); e >= 0 {
			q.ents = appendUnique(q.ents, e)
			q.prev = true
			if substantive == 0 && len(q.terms) == 0 {
				q.terms = prevTerms
			}
		}
	}
	return q
}

// hasPerson reports whether ents holds a person.
func (l *Lookup) hasPerson(ents []int) bool {
	for _, e := range ents {
		if l.a.Entities[e].Kind == Person {
			return true
		}
	}
	return false
}

// fuzzyEntity returns the entity with a one-word name or alias close to w,
// or -1.
func (l *Lookup) fuzzyEntity(w string) int {
	for i, e := range l.a.Entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			for _, part := range strings.Fields(n) {
				if closeSpelling(w, tokKey(part)) {
					return i
				}
			}
		}
	}
	return -1
}

// fromHistory finds the subject of the most recent earlier turn: the first
// entity its question names, else the first its answer names. It also
// returns that question's content terms, for a bare follow-up ("when?").
func (l *Lookup) fromHistory(history []Turn, q *query) (int, []qterm) {
	var g byte
	for _, w := range q.words {
		if pg, ok := pronounGender[w]; ok {
			g = pg
			break
		}
	}
	fits := func(e int) bool {
		if g == 0 {
			return true
		}
		ent := l.a.Entities[e]
		return ent.Kind == Person && (gender(ent) == 0 || gender(ent) == g)
	}
	for i := len(history) - 1; i >= 0; i-- {
		h := history[i]
		var cands []int
		var prevTerms []qterm
		ans := l.ix.aliases.match(tokenize(h.Answer), true)
		if len(ans) > 0 && ans[0].i == 0 {
			cands = append(cands, ans[0].ent) // the answer's subject: "Sarah Isgur Flores is …"
		}
		ht := cleanQuestion(h.Question)
		if toks := tokenize(ht); len(toks) > 0 {
			prev := l.parse(ht, toks, nil)
			cands = append(cands, prev.ents...)
			prevTerms = prev.terms
		}
		for _, m := range ans {
			cands = append(cands, m.ent)
		}
		for _, e := range cands {
			if fits(e) {
				return e, prevTerms
			}
		}
	}
	return -1, nil
}
