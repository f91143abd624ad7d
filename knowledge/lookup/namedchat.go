package lookup

import (
	"strings"
	"unicode"
)

// Chat forms inside a name (part of stage 1, reading the question). A
// word people abbreviate in chat may be a word of a name the article
// writes: "tech" is "technician" in "the tech said", but "Dakota Tech" is
// a school, and a name is written as its bearer writes it (AP Stylebook,
// "capitalization": proper nouns keep their form). So a question that
// writes one of the article's names of two or more words, in any case,
// keeps that name's words as the article writes them, and a capitalised
// word after another capitalised word, inside a name, is not expanded as
// chat (expandChatOnce).

// namedChatWords is text with each of the article's names of two or more
// words that holds a chat form written with the article's capitals, so
// expandChat leaves it whole; text itself when none does.
func (e *Engine) namedChatWords(text string) string {
	fields := strings.Fields(text)
	changed := false
	for _, ent := range e.r.ents {
		for _, f := range ent.forms {
			if len(f) < 2 || !holdsChatForm(f) {
				continue
			}
			for i := 0; i+len(f) <= len(fields); i++ {
				if !fieldsSpell(fields[i:i+len(f)], f) {
					continue
				}
				for k, w := range f {
					fields[i+k] = capitaliseWord(w) + fields[i+k][len(w):]
				}
				changed = true
			}
		}
	}
	if !changed {
		return text
	}
	return strings.Join(fields, " ")
}

// holdsChatForm reports whether a name's words hold a chat form.
func holdsChatForm(words []string) bool {
	for _, w := range words {
		if _, ok := chatForms[w]; ok {
			return true
		}
	}
	return false
}

// fieldsSpell reports whether the question's fields spell the name's
// lower-case words, the last field perhaps with trailing punctuation or
// a genitive.
func fieldsSpell(fields, words []string) bool {
	for k, w := range words {
		f := strings.ToLower(fields[k])
		if k == len(words)-1 {
			f = strings.TrimSuffix(strings.TrimRight(f, "?!.,;:"), "'s")
		}
		if f != w {
			return false
		}
	}
	return true
}

// capitaliseWord upper-cases the first letter of w.
func capitaliseWord(w string) string {
	for i, r := range w {
		return string(unicode.ToUpper(r)) + w[i+len(string(r)):]
	}
	return w
}

// insideName reports whether field i of fields is a capitalised word
// after another capitalised word: a word of a name, which chat does not
// abbreviate.
func insideName(fields []string, i int) bool {
	return i > 0 && startsUpper(fields[i]) && startsUpper(fields[i-1])
}

// startsUpper reports whether w opens with an upper-case letter.
func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}
