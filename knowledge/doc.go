package knowledge

import (
	"slices"
	"sort"
	"strings"
	"unicode"
)

// doc is the working form of an article during extraction and retrieval:
// paragraphs with their sentence ranges, tokens and entity mentions.
type doc struct {
	paras    []para
	mentions [][]mention // per paragraph, in token order

	protagonist map[byte]int // most mentioned person per pronoun gender, filled on first use
}

// para is one paragraph's text, sentences and tokens.
type para struct {
	n       int
	text    string
	sents   [][2]int // byte ranges of sentences
	toks    []token
	sentTok []int // index of each sentence's first token; len(sents)+1 entries
}

// sentTokens returns the token range [i, j) of sentence s.
func (p *para) sentTokens(s int) (int, int) { return p.sentTok[s], p.sentTok[s+1] }

// inSentence returns the mentions of sentence s, from ms in token order.
func inSentence(ms []mention, s int) []mention {
	i := sort.Search(len(ms), func(k int) bool { return ms[k].sent >= s })
	j := sort.Search(len(ms), func(k int) bool { return ms[k].sent > s })
	return ms[i:j]
}

// mention is an entity named by tokens [i, j) of a paragraph.
type mention struct {
	ent  int
	i, j int
	sent int
}

// analyse splits paragraphs into sentences and tokens.
func analyse(ps []Paragraph) *doc {
	d := &doc{paras: make([]para, len(ps))}
	for k, p := range ps {
		pa := para{n: p.N, text: p.Text, sents: splitSentences(p.Text), toks: tokenize(p.Text)}
		s := 0
		for t := range pa.toks {
			for s+1 < len(pa.sents) && pa.toks[t].start >= pa.sents[s+1][0] {
				s++
			}
			pa.toks[t].sent = s
		}
		pa.sentTok = make([]int, len(pa.sents)+1)
		t := 0
		for s := range pa.sents {
			for t < len(pa.toks) && pa.toks[t].sent < s {
				t++
			}
			pa.sentTok[s] = t
		}
		pa.sentTok[len(pa.sents)] = len(pa.toks)
		d.paras[k] = pa
	}
	return d
}

// sentenceTexts returns the paragraph's sentences, verbatim.
func (p *para) sentenceTexts() []string {
	out := make([]string, len(p.sents))
	for i, r := range p.sents {
		out[i] = p.text[r[0]:r[1]]
	}
	return out
}

// sentence returns sentence s of the paragraph, verbatim.
func (p *para) sentence(s int) string {
	r := p.sents[s]
	return p.text[r[0]:r[1]]
}

// sentenceAt returns the index of the sentence holding byte offset off.
func (p *para) sentenceAt(off int) int {
	i := sort.Search(len(p.sents), func(i int) bool { return off < p.sents[i][1] })
	return min(i, max(len(p.sents)-1, 0))
}

// gap returns the text between tokens i-1 and i.
func (p *para) gap(i int) string {
	if i <= 0 || i >= len(p.toks) {
		return ""
	}
	return p.text[p.toks[i-1].end:p.toks[i].start]
}

// spaceOnly reports whether s is non-empty white space.
func spaceOnly(s string) bool {
	return s != "" && strings.TrimFunc(s, unicode.IsSpace) == ""
}

// aliasForm is one way of naming an entity, as comparison keys of tokens.
type aliasForm struct {
	ent  int
	keys []string
	// strict forms must be capitalised in text (single words such as "US"
	// or "Trump", which could otherwise be common words).
	strict bool
}

// tokKey is the comparison key of a token: lower case, without possessive
// or final period.
func tokKey(w string) string {
	return strings.TrimSuffix(strings.ToLower(bare(w)), ".")
}

// aliasTable indexes alias forms by their first key.
type aliasTable map[string][]aliasForm

// newAliasTable indexes every name and alias of ents.
func newAliasTable(names [][]string) aliasTable {
	t := aliasTable{}
	for e, ns := range names {
		seen := map[string]bool{}
		for _, n := range ns {
			keys := slices.DeleteFunc(strings.Fields(aliasKey(n)), func(k string) bool { return k == "&" }) // the text's words, not the ampersand between them
			for x, k := range keys {
				keys[x] = strings.TrimSuffix(k, ",") // nor the commas of a listed name (coordinatedorgname.go)
			}
			if len(keys) == 0 || seen[strings.Join(keys, " ")] {
				continue
			}
			seen[strings.Join(keys, " ")] = true
			f := aliasForm{ent: e, keys: keys, strict: len(keys) == 1}
			t[keys[0]] = append(t[keys[0]], f)
		}
	}
	for k, fs := range t {
		// Longest forms first, so "Jeff Sessions" wins over "Sessions".
		for a := 1; a < len(fs); a++ {
			for b := a; b > 0 && len(fs[b].keys) > len(fs[b-1].keys); b-- {
				fs[b], fs[b-1] = fs[b-1], fs[b]
			}
		}
		t[k] = fs
	}
	return t
}

// match finds entity mentions in toks. In article text (caseSensitive),
// single-word forms must be capitalised; in questions any case will do,
// except for forms that are also common words ("US").
func (t aliasTable) match(toks []token, caseSensitive bool) []mention {
	var out []mention
	for i := 0; i < len(toks); {
		k := tokKey(toks[i].s)
		fs := t[k]
		if len(fs) == 0 {
			// "R-Ariz." names Arizona; "then-President" is not a name.
			if h := strings.LastIndexByte(k, '-'); h >= 0 {
				for _, f := range t[k[h+1:]] {
					if len(f.keys) == 1 && isCapitalised(toks[i].s[h+1:]) {
						out = append(out, mention{ent: f.ent, i: i, j: i + 1, sent: toks[i].sent})
						break
					}
				}
			}
			i++
			continue
		}
		found := false
		for _, f := range fs {
			if i+len(f.keys) > len(toks) {
				continue
			}
			ok := true
			for x := 1; x < len(f.keys); x++ {
				if tokKey(toks[i+x].s) != f.keys[x] {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			if f.strict {
				w := toks[i].s
				if caseSensitive && !isCapitalised(w) {
					continue
				}
				if !caseSensitive && stopwords[k] && w != strings.ToUpper(w) {
					continue
				}
			}
			out = append(out, mention{ent: f.ent, i: i, j: i + len(f.keys), sent: toks[i].sent})
			i += len(f.keys)
			found = true
			break
		}
		if !found {
			i++
		}
	}
	return out
}

// findAllMentions finds the mentions of ents in every paragraph of d.
func findAllMentions(d *doc, ents []*cand) [][]mention {
	names := make([][]string, len(ents))
	for i, e := range ents {
		names[i] = append([]string{e.name}, e.aliases...)
	}
	t := newAliasTable(names)
	out := make([][]mention, len(d.paras))
	for k := range d.paras {
		out[k] = t.match(d.paras[k].toks, true)
	}
	foundersFirm(d, out, ents)
	return out
}
