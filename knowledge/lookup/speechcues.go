package lookup

import (
	"strings"

	"storybot/knowledge"
)

// Questions that ask for what someone said without a verb of saying (part
// of stage 2): an opinion noun after a possessive ("Adeyemi's take?",
// "what's her view on the tax") and a person's plans ("what's Okafor doing
// after this"), which news writing reports in the person's own words or as
// their reported intention.

// opinionNouns name what a person thinks of something: WordNet's synsets
// "opinion, sentiment, persuasion, view, thought", "position, stance,
// posture" and "reaction, response", with the informal "take"
// (Merriam-Webster, "take", noun: "a distinctive approach or treatment;
// an opinion") and "side" (WordNet: "an opinion that is held in
// opposition to another in an argument or dispute").
var opinionNouns = set("take", "view", "views", "opinion", "opinions", "thoughts", "stance",
	"reaction", "feelings", "position", "side")

// opinionAsked reports whether a question asks for someone's opinion with
// an opinion noun right after a possessive ("adeyemi's take", "her view").
// "Position" is an opinion only when it is a position on something; alone
// it is a job.
func opinionAsked(toks []token) bool {
	for i := 1; i < len(toks); i++ {
		t, p := toks[i], toks[i-1]
		if !opinionNouns[t.lower] || !p.poss && p.lower != "his" && p.lower != "her" && p.lower != "their" {
			continue
		}
		if t.lower == "position" && (i+1 >= len(toks) || toks[i+1].lower != "on") {
			continue
		}
		if t.lower == "side" && sideOfPlace(toks, i) {
			continue // "the city's side of the river": a part, not an opinion
		}
		if descriptiveGenitive(p) {
			continue // "on the men's side": the men's division, no one's opinion
		}
		return true
	}
	return false
}

// sideOfPlace reports whether "side" at i takes an of-phrase other than
// "of the story" ("the city's side of the river"), where it names a part
// of a thing (WordNet's first sense), not an opinion.
func sideOfPlace(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].lower != "of" {
		return false
	}
	for _, t := range toks[i+2:] {
		if t.lower == "story" || t.lower == "things" || t.lower == "it" {
			return false
		}
	}
	return true
}

// planCue is a question about what someone will do next: the present
// progressive with a later time ("what's she doing after this", Quirk et
// al., §4.47: the progressive of arrangement), or their plans.
var planCue = lazyRE(`\bwhat('s|s| is| are| was| were| will)? (\S+ ){1,3}(doing|do|going to do) (after|next|later|tonight|tomorrow)\b|\bwhat('s|s| is| are| were) (\S+ ){1,2}plans\b|\bwhat (does|do|did) (\S+ ){1,3}plan to do\b`)

// planAsked reports whether a question asks what someone plans to do.
func planAsked(text string) bool {
	return planCue.MatchString(strings.ToLower(expandChat(text)))
}

// intentionWords state a plan or intention: the modal and semi-modal
// expressions of future time (Quirk et al., §4.42–4.48: will, be going
// to) and the verbs of intention (plan, intend, hope, want, aim).
var intentionWords = set("will", "going", "plan", "plans", "planned", "planning", "intend",
	"intends", "intended", "hope", "hopes", "hoped", "want", "wants", "wanted", "aim", "aims",
	"aimed")

// statesIntention reports whether s states what someone means to do.
func statesIntention(s *sentence) bool {
	for k, t := range s.toks {
		if t.lower == "going" && (k+1 == len(s.toks) || s.toks[k+1].lower != "to") {
			continue // "going in", not "going to"
		}
		if intentionWords[t.lower] {
			return true
		}
	}
	return false
}

// intentions keeps the sentences of ss that state an intention, each
// once, in article order.
func (e *Engine) intentions(ss []*sentence) []*sentence {
	var out []*sentence
	for i := range e.r.sents {
		if s := &e.r.sents[i]; containsSent(ss, s) && statesIntention(s) {
			out = append(out, s)
		}
	}
	return out
}

// eachSaid answers "what did A and B (each) say" with what each said, as
// two questions: a coordinated subject of a verb of saying asks for the
// words of each conjunct (Quirk et al., §13.2, coordination as ellipsis).
func (e *Engine) eachSaid(q *query) (reply, bool) {
	np := speakerTokens(q)
	and := -1
	for k, t := range np {
		if t.lower == "and" && k > 0 && k < len(np)-1 {
			and = k
		}
	}
	if and < 0 {
		return reply{}, false
	}
	verb := len(np) + indexTok(q.toks, np[0]) // the speech verb after the speaker
	var rest []string
	for _, t := range q.toks[verb:] {
		rest = append(rest, t.text)
	}
	var out reply
	for _, side := range [][]token{np[:and], np[and+1:]} {
		words := []string{"what", "did"}
		for _, t := range side {
			words = append(words, t.text)
		}
		sub := e.understand(strings.Join(append(words, rest...), " "), nil)
		if r, ok := e.quotes(sub); ok && r.found {
			out.merge(r)
		}
	}
	if len(out.parts) < 2 {
		return reply{}, false
	}
	out.found = true
	return out, true
}

// indexTok is the index of t in toks, by its position in the text.
func indexTok(toks []token, t token) int {
	for i, x := range toks {
		if x.start == t.start {
			return i
		}
	}
	return 0
}

// speaksOfPlans reports whether one of the people a plan question names
// is quoted or reported stating an intention: only then do their own
// words answer it.
func (e *Engine) speaksOfPlans(xs []int) bool {
	for _, x := range xs {
		if e.r.ents[x].kind != knowledge.Person {
			continue
		}
		var ss []*sentence
		for i := range e.r.sents {
			if e.r.sents[i].speaker == x {
				ss = append(ss, &e.r.sents[i])
			}
		}
		if len(e.intentions(append(ss, e.reported(x)...))) > 0 {
			return true
		}
	}
	return false
}

// quoteAttribution is a sentence that is one quotation and its
// attribution only: the quotation, then the speaker's name or pronoun
// and a verb of saying, or the verb and the name ("…," Pruitt said; "…,"
// said Keiko Tran). News style sets the attribution after the quotation
// (AP Stylebook, "said").
var quoteAttribution = lazyRE(`^(["“])([^"“”]+?)([,.?!]?)(["”]),?\s+(?:(?:he|she|they|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:said|says|added|wrote|explained)|(?:said|says|added|wrote)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\.$`)

// quotationAlone returns the quotation of a sentence that holds only a
// quotation and its attribution, its words unchanged and the comma that
// led into the attribution made a full stop; ok is false for any other
// sentence.
func quotationAlone(text string) (string, bool) {
	m := quoteAttribution.FindStringSubmatch(text)
	if m == nil {
		return "", false
	}
	end := m[3]
	if end == "," || end == "" {
		end = "."
	}
	return m[1] + m[2] + end + m[4], true
}

// pressChannel are the words that name the press as the channel of what
// someone said ("talk to the press", "told reporters", "said publicly",
// "on the record"). A news story's quotations are on the record, given
// to the press, unless it says otherwise (AP Stylebook, "on the record,
// off the record"; AP's standards on anonymous sources), so in a question
// about what someone said they ask nothing the quotations do not meet.
var pressChannel = set("press", "media", "reporters", "journalists", "publicly", "record")

// pressChannelAt reports whether token i of a question names the press as
// a channel: one of pressChannel, "record" only in "on the record".
func pressChannelAt(toks []token, i int) bool {
	l := toks[i].lower
	if !pressChannel[l] {
		return false
	}
	return l != "record" || i >= 2 && toks[i-1].lower == "the" && toks[i-2].lower == "on"
}

// talkToPress reports whether token i opens "talk (speak) to the press",
// "spoke to reporters": a verb of speaking whose hearer is the press,
// which reports what was said (see pressChannel).
func talkToPress(toks []token, i int) bool {
	switch toks[i].lower {
	case "talk", "talked", "talks", "speak", "spoke", "speaks":
	default:
		return false
	}
	k := i + 1
	if k < len(toks) && toks[k].lower == "to" {
		k++
	}
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	return k < len(toks) && k > i+1 && pressChannel[toks[k].lower]
}

// speakingVerb reports whether w is a form of a verb of talking ("talked",
// "spoke"), which names speech and not what was said. A question that
// asks who or what with one frames the answer as something said, which
// news writing attributes with "said" (AP Stylebook, "said") whatever
// verb the reader uses; the question's other words find it. The verbs
// that say what kind of speech it was ("warned", "denied") stay content,
// and a yes/no question keeps the verb, as it asks whether the talk was.
func (e *Engine) speakingVerb(w string) bool {
	base := stemOf(w)
	if !e.noLex {
		if l := e.lex.Lemma(w); l != "" {
			base = l
		}
	}
	return talkBases[base] || talkBases[w]
}

// descriptiveGenitive reports whether a possessive is a general human noun
// in the plural ("men's", "women's", "girls'"), which classifies the noun
// after it rather than naming its owner: the descriptive genitive of "a
// women's college", "men's clothing" (Quirk et al. 1985, §5.122), in
// sport the division ("the men's race", "the women's side").
func descriptiveGenitive(p token) bool {
	if !p.poss {
		return false
	}
	switch p.lower {
	case "men", "women", "children":
		return true
	}
	return singular(p.lower) != p.lower && generalHumanNouns[singular(p.lower)]
}
