package lookup

import "strings"

// A proper noun the article writes may premodify the person noun of a
// description (part of stage 2, understanding): "the sabetha coach" is
// the coach the article introduces as "Sabetha coach Marshall Deines". A
// noun before the head classifies it (Quirk et al. 1985, §17.104), a
// proper noun as well as a common one ("the Tacoma coach"), and a news
// story names a coach, a mayor or a pastor by the town or team they
// serve. A town the gazetteer lacks is no entity, and WordNet has no
// word for it, so the description began at the head and matched every
// coach alike; a chat question writes the name in lower case, so the
// word is taken as a proper noun when WordNet lacks it and the article
// writes it capitalised after a sentence's first word.

// articleProperNoun reports whether w, a question's lower-case word, is
// a proper noun of the article that WordNet does not know.
func (e *Engine) articleProperNoun(w string) bool {
	if w == "" || e.lex.PartsOfSpeech(w) != nil {
		return false
	}
	return e.capitalisedMidSentence(strings.ToUpper(w[:1]) + w[1:])
}
