package lookup

import "strings"

// A verb typed as a word that sounds the same (part of stage 2, before the
// question is read): a quarter or more of spelling errors are real words,
// not the one meant (Kukich 1992, "Techniques for automatically correcting
// words in text", ACM Computing Surveys 24(4), §3), and the commonest are
// homophones typed by ear ("who one the race", "did he meat the
// ambassador", "how much did it way"). Such a word is read as the verb it
// sounds like only where a verb must stand and the word as typed cannot:
//   - right after a subject "who" that opens the question and before a
//     determiner ("who one the contest"): a subject wh-word is followed by
//     its finite verb (Quirk et al. 1985, §11.14), so the word between it
//     and the object's determiner is that verb;
//   - after do-support or a modal and its subject ("did he meat", "what
//     did jennings due"): the verb phrase's lexical verb follows the
//     operator and the subject (Quirk et al. §3.30), here a pronoun or a
//     word after a determiner, or a word that cannot be a verb itself, so
//     not a verb already ("did he pass one").
//
// WordNet must have the typed word as no verb and its partner as one, the
// article must use a form of the partner verb, and, outside the "who"
// slot, must not use the typed word itself: a word the article uses is
// taken as written.
//
// A wh-word typed as its sound-alike ("wear did it land", "ware is he
// from") is read as "where" first in a question and before an auxiliary,
// as whdropped.go reads "wen".

// soundalikeVerbs maps a word to the verb it sounds the same as, the pairs
// of the homophone tables in the Merriam-Webster and Oxford lists of
// commonly confused words in which the first word has no verb sense in
// WordNet ("one"/"won", "meat"/"meet", "way"/"weigh").
var soundalikeVerbs = map[string]string{
	"one": "won", "meat": "meet", "way": "weigh", "sea": "see", "due": "do",
	"eight": "ate", "road": "rode", "past": "passed", "sale": "sail",
	"flu": "flew", "aloud": "allowed", "higher": "hire", "through": "threw",
	"scene": "seen", "new": "knew", "by": "buy", "cent": "sent",
}

// soundalikeWh are the homophones of "where" in the same lists.
var soundalikeWh = set("wear", "ware")

// soundalikeVerbWords writes out each word of a question that is a verb
// typed as a word that sounds the same ("who one the contest" → "who won
// the contest").
func (e *Engine) soundalikeVerbWords(text string) string {
	if e.noLex {
		return text
	}
	fields := strings.Fields(text)
	changed := false
	for i, f := range fields {
		core := strings.TrimRight(f, "?!.,;:")
		if w := e.soundalikeVerbAt(fields, i, core); w != "" {
			fields[i] = w + f[len(core):]
			changed = true
		}
	}
	if !changed {
		return text
	}
	return strings.Join(fields, " ")
}

// soundalikeVerbAt is what word i of fields, core, was meant to be, or "".
func (e *Engine) soundalikeVerbAt(fields []string, i int, core string) string {
	w := strings.ToLower(core)
	if w != core {
		return ""
	}
	next := ""
	if i+1 < len(fields) {
		next = strings.ToLower(strings.TrimRight(fields[i+1], "?!.,;:"))
	}
	if i == 0 && soundalikeWh[w] && (auxiliaries[next] || modalAux[next]) && !e.r.vocab[w] {
		return "where"
	}
	v := soundalikeVerbs[w]
	if v == "" || e.canBe(w, "verb") || !e.canBe(v, "verb") || !e.usesVerb(v) {
		return ""
	}
	if i == 1 && strings.ToLower(fields[0]) == "who" && determiners[next] {
		return v
	}
	if e.r.vocab[w] || !e.afterOperatorSubject(fields, i) {
		return ""
	}
	return v
}

// afterOperatorSubject reports whether word i follows do-support or a
// modal and then a subject of one word that cannot be a verb ("did he",
// "did the pumpkin").
func (e *Engine) afterOperatorSubject(fields []string, i int) bool {
	if i < 2 {
		return false
	}
	prev := strings.ToLower(fields[i-1])
	if stopWords[prev] && !subjectPronouns[prev] && prev != "it" {
		return false // a determiner or preposition: "the way", "by sea"
	}
	det := determiners[strings.ToLower(fields[i-2])] // "did the boat way": a noun after its determiner
	if !subjectPronouns[prev] && prev != "it" && !det && e.canBe(prev, "verb") {
		return false
	}
	for k := i - 2; k >= 0; k-- {
		op := strings.ToLower(fields[k])
		if op == "did" || op == "does" || op == "do" || modalAux[op] {
			return k >= i-3 // the subject: one word, or a determiner and a noun
		}
	}
	return false
}

// usesVerb reports whether the article writes a form of verb v ("weighed"
// for weigh, "won" or "wins" for won).
func (e *Engine) usesVerb(v string) bool {
	base := v
	if l := e.lex.Lemma(v); l != "" {
		base = l
	}
	if e.r.vocab[v] || e.r.vocab[stemOf(base)] {
		return true
	}
	for w := range e.r.vocab {
		if l := e.lex.Lemma(w); l == base {
			return true
		}
	}
	return false
}
