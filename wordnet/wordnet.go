// Package wordnet reads Princeton WordNet 3.0 in its database files (as
// Debian's wordnet-base package installs them in /usr/share/wordnet) for
// two things the answer engine needs: the base form of an irregular word
// ("won" → "win", from the *.exc files) and the synonyms of a word (the
// other lemmas of its most frequent senses).
//
// The index files are searched in place, by binary search over their sorted
// lines, and the data files are read at the offsets the index gives, so
// opening costs only the exception lists (about 100 KB).
package wordnet

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// DefaultDir is where Debian's wordnet-base package puts the database.
const DefaultDir = "/usr/share/wordnet"

// sensesPerWord bounds how many of a word's senses give synonyms: WordNet
// lists senses by frequency, and the rare ones mostly add noise.
const sensesPerWord = 2

// maxCached bounds each look-up cache.
const maxCached = 50000

// WordNet is an open WordNet database. It is safe for concurrent use.
type WordNet struct {
	exc      exceptions // inflected form → base form
	nounExc  exceptions // irregular noun plural → singular (noun.exc alone)
	index    map[string]*os.File
	data     map[string]*os.File
	size     map[string]int64
	mu       sync.Mutex
	cache    map[string][]string // synonyms already looked up
	anySense map[string][]string // SynonymsInAnySense answers already looked up
	words    map[string]bool     // IsWord answers already looked up
	tagged   map[string]bool     // Tagged answers already looked up
	related  map[string][]string // Related answers already looked up
	opposed  map[string][]string // Antonyms answers already looked up
	near     map[string][]string // Neighbours answers already looked up
	kinds    map[string]bool     // KindOf answers already looked up, keyed "word\x00ancestor"
	pos      map[string][]string // PartsOfSpeech answers already looked up
	men      map[string]string   // "-men" plurals already lemmatised
	causers  map[string][]string // Causers answers already looked up
	glosses  map[string][]string // Glosses answers already looked up, keyed "word\x00part"
	attested map[string]bool     // SharesAttestedSense answers already looked up, keyed "word\x00syn"
	shares   map[string]float64  // SenseShare answers already looked up, keyed "word\x00syn"

	counts     *os.File // cntlist.rev, SemCor's tag count of each sense, or nil
	countsSize int64

	causeOnce sync.Once
	causedBy  map[int64][]int64 // verb synset → the verb synsets whose cause pointer leads to it
}

// parts of speech with index and data files.
var parts = []string{"noun", "verb", "adj", "adv"}

// Open opens the database in dir. It fails when a file is missing or
// unreadable; the caller can then answer without synonyms.
func Open(dir string) (*WordNet, error) {
	w := &WordNet{index: map[string]*os.File{}, data: map[string]*os.File{},
		size: map[string]int64{}, cache: map[string][]string{}, words: map[string]bool{}, tagged: map[string]bool{},
		related: map[string][]string{}, opposed: map[string][]string{}, kinds: map[string]bool{}, near: map[string][]string{},
		pos: map[string][]string{}, men: map[string]string{}, causers: map[string][]string{}, glosses: map[string][]string{}, anySense: map[string][]string{},
		attested: map[string]bool{}, shares: map[string]float64{}}
	if err := w.readExceptions(dir); err != nil {
		return nil, err
	}
	for _, p := range parts {
		for _, kind := range []string{"index", "data"} {
			f, err := os.Open(filepath.Join(dir, kind+"."+p))
			if err != nil {
				w.Close()
				return nil, fmt.Errorf("wordnet: %w", err)
			}
			if kind == "index" {
				st, err := f.Stat()
				if err != nil {
					f.Close()
					w.Close()
					return nil, fmt.Errorf("wordnet: %w", err)
				}
				w.index[p], w.size[p] = f, st.Size()
			} else {
				w.data[p] = f
			}
		}
	}
	w.openCounts(dir)
	return w, nil
}

// Close releases the database files.
func (w *WordNet) Close() error {
	for _, f := range w.index {
		f.Close()
	}
	for _, f := range w.data {
		f.Close()
	}
	if w.counts != nil {
		w.counts.Close()
	}
	return nil
}

// readExceptions loads the exception lists of dir, in the order of parts.
func (w *WordNet) readExceptions(dir string) error {
	var b strings.Builder
	for _, p := range parts {
		data, err := os.ReadFile(filepath.Join(dir, p+".exc"))
		if err != nil {
			return fmt.Errorf("wordnet: %w", err)
		}
		b.Write(data)
		b.WriteByte('\n')
		if p == "noun" {
			w.nounExc = readExceptionLists(string(data))
		}
	}
	w.exc = readExceptionLists(b.String())
	return nil
}

// exceptions is the exception lists, "form base [base…]" per line, as
// forms in sorted order with their bases: slices of the lists' text,
// which a map of the 6,000 forms would hold twice over. A form listed as
// its own base is a base form itself, whatever other base a line gives
// it: adj.exc lists "offer" both as the comparative of "off" and as
// "offer", and the noun and verb "offer" must not read as "off";
// otherwise the first line giving the form holds.
type exceptions struct {
	forms, bases []string
}

// readExceptionLists reads the lists' text.
func readExceptionLists(text string) exceptions {
	type entry struct{ form, base string }
	var es []entry
	for line := range strings.Lines(text) {
		var fs [2]string
		n := 0
		for f := range strings.FieldsSeq(line) {
			fs[n] = f
			if n++; n == 2 {
				break
			}
		}
		if n == 2 {
			es = append(es, entry{fs[0], fs[1]})
		}
	}
	slices.SortStableFunc(es, func(a, b entry) int { return strings.Compare(a.form, b.form) })
	x := exceptions{forms: make([]string, 0, len(es)), bases: make([]string, 0, len(es))}
	for _, e := range es {
		if k := len(x.forms) - 1; k >= 0 && x.forms[k] == e.form {
			if e.base == e.form {
				x.bases[k] = e.base
			}
			continue
		}
		x.forms = append(x.forms, e.form)
		x.bases = append(x.bases, e.base)
	}
	return x
}

// base returns the base form the lists give form, and whether they list
// it.
func (x exceptions) base(form string) (string, bool) {
	if i, ok := slices.BinarySearch(x.forms, form); ok {
		return x.bases[i], true
	}
	return "", false
}

// Lemma returns the base form of an irregular word ("won" → "win",
// "took" → "take", "feet" → "foot", "women" → "woman"), or "" when the
// word is regular.
func (w *WordNet) Lemma(word string) string {
	word = strings.ToLower(word)
	if base, ok := w.exc.base(word); ok {
		return strings.ReplaceAll(base, "_", " ")
	}
	if b, ok := strings.CutSuffix(word, "men"); ok && b != "" {
		// morphy's one irregular detachment rule, "-men" to "-man"
		// (morphy(7WN)): "women", "chairmen"; not a word listed as itself
		// ("omen", "specimen")
		return memo(&w.mu, w.men, word, func() string {
			if !w.listed(word) && w.listed(b+"man") {
				return b + "man"
			}
			return ""
		})
	}
	return ""
}

// listed reports whether word is an entry of an index file as written.
func (w *WordNet) listed(word string) bool {
	for _, p := range parts {
		if _, err := w.lookup(p, word); err == nil {
			return true
		}
	}
	return false
}

// IsWord reports whether word, or a base form of it, is in WordNet.
func (w *WordNet) IsWord(word string) bool {
	word = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(word), " ", "_"))
	if _, ok := w.exc.base(word); ok {
		return true
	}
	return memo(&w.mu, w.words, word, func() bool { return w.inIndex(word) })
}

// memo returns m[key], computing and storing it on first use under mu. The
// map is emptied when it reaches maxCached entries: questions can carry any
// number of made-up words.
func memo[V any](mu *sync.Mutex, m map[string]V, key string, compute func() V) V {
	mu.Lock()
	v, ok := m[key]
	mu.Unlock()
	if ok {
		return v
	}
	v = compute()
	if s, ok := any(v).([]string); ok {
		// A cached list is shared by every caller, on every goroutine: with
		// no spare capacity, a caller's append copies it instead of writing
		// into the cache's array (a data race TestAnswerSetsConcurrent found).
		v = any(slices.Clip(s)).(V)
	}
	mu.Lock()
	if len(m) >= maxCached {
		clear(m)
	}
	m[key] = v
	mu.Unlock()
	return v
}

// inIndex reports whether word or a base form of it is in an index file.
func (w *WordNet) inIndex(word string) bool {
	for _, p := range parts {
		if offs, _ := w.senses(p, word); len(offs) > 0 {
			return true
		}
	}
	return false
}

// PartsOfSpeech returns the parts of speech ("noun", "verb", "adj",
// "adv") WordNet has word in, as written or as an inflected form; none for
// a word it lacks.
func (w *WordNet) PartsOfSpeech(word string) []string {
	word = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(word), " ", "_"))
	return memo(&w.mu, w.pos, word, func() []string {
		var out []string
		for _, p := range parts {
			if offs, _ := w.senses(p, word); len(offs) > 0 {
				out = append(out, p)
			} else if b, _ := w.exc.base(word); b != "" {
				if offs, _ := w.senses(p, b); len(offs) > 0 {
					out = append(out, p)
				}
			}
		}
		return out
	})
}

// Synonyms returns the other words of the most frequent senses of word,
// in every part of speech, lower case, multi-word ones with spaces.
func (w *WordNet) Synonyms(word string) []string {
	word = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(word), " ", "_"))
	return memo(&w.mu, w.cache, word, func() []string { return w.synonymsIn(word, w.senses) })
}

// SharesAttestedSense reports whether syn shares one of word's most
// frequent senses (those Synonyms reads) in a sense common for syn too:
// among syn's two most frequent, or among those SemCor attests
// (tagsense_cnt, wndb(5WN): a word's tagged senses come first); or in
// word's own first sense, as a part of speech syn is mostly used in
// (mainPart). "exit" shares "die" only in a verb sense SemCor never tags
// and is mostly a noun, so a text's "exits" are doors; "suffering" shares
// "hurt" in a tagged sense; "home" shares the first sense of "family"
// (a household) as the noun it mostly is.
func (w *WordNet) SharesAttestedSense(word, syn string) bool {
	word = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(word), " ", "_"))
	syn = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(syn), " ", "_"))
	return memo(&w.mu, w.attested, word+"\x00"+syn, func() bool { return w.sharesAttestedSense(word, syn) })
}

// sharesAttestedSense is SharesAttestedSense without the cache, for
// normalised words.
func (w *WordNet) sharesAttestedSense(word, syn string) bool {
	for _, p := range parts {
		offs, _ := w.senses(p, word)
		for k, off := range offs {
			if !slices.Contains(w.synset(p, off), syn) {
				continue
			}
			all, base := w.allSenses(p, syn)
			if r := slices.Index(all, off); r >= 0 && r < max(sensesPerWord, w.tagCount(p, base)) {
				return true
			}
			if k == 0 && (p != "noun" && p != "verb" || w.mainPart(syn, p)) {
				return true
			}
		}
	}
	return false
}

// SynonymsInAnySense returns the other words of every sense of word, in
// every part of speech, rare senses too ("stop" → end, in its ninth verb
// sense), lower case, multi-word ones with spaces. A caller keeps only
// those whose own common senses hold word (Synonyms), so a rare sense of
// the asked word meets the common sense of the word a text uses.
func (w *WordNet) SynonymsInAnySense(word string) []string {
	word = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(word), " ", "_"))
	return memo(&w.mu, w.anySense, word, func() []string { return w.synonymsIn(word, w.allSenses) })
}

// NounSynonymsInAnySense is SynonymsInAnySense over the word's noun
// senses only: a word after a determiner heads a noun phrase (see
// NounNeighbours), so "the stock" shares no sense with "carry", whose
// verb sense "have on hand" WordNet files with the verb "stock".
func (w *WordNet) NounSynonymsInAnySense(word string) []string {
	word = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(word), " ", "_"))
	return memo(&w.mu, w.anySense, "noun\x00"+word, func() []string { return w.synonymsAs(word, []string{"noun"}, w.allSenses) })
}

// VerbSynonymsInAnySense is SynonymsInAnySense over the word's verb
// senses only: a word after do-support and its subject ("did he buy")
// is the clause's verb, so "buy" shares no sense with "steal", which
// WordNet files with the noun "buy" ({bargain, buy, steal}).
func (w *WordNet) VerbSynonymsInAnySense(word string) []string {
	word = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(word), " ", "_"))
	return memo(&w.mu, w.anySense, "verb\x00"+word, func() []string { return w.synonymsAs(word, []string{"verb"}, w.allSenses) })
}

// synonymsIn returns the other words of the synsets senses gives for
// word in every part of speech, each once.
func (w *WordNet) synonymsIn(word string, senses func(p, word string) ([]int64, string)) []string {
	return w.synonymsAs(word, parts, senses)
}

// synonymsAs is synonymsIn over the parts of speech ps.
func (w *WordNet) synonymsAs(word string, ps []string, senses func(p, word string) ([]int64, string)) []string {
	seen := map[string]bool{word: true}
	var out []string
	for _, p := range ps {
		offs, _ := senses(p, word)
		for _, off := range offs {
			for _, l := range w.synset(p, off) {
				if !seen[l] {
					seen[l] = true
					out = append(out, strings.ReplaceAll(l, "_", " "))
				}
			}
		}
	}
	return out
}

// senses returns the synset offsets of the most frequent senses of word as
// part of speech p, trying its base forms by morphy's rules when the word
// itself is not in the index, and the form found; none when it is not a
// word of that part of speech.
func (w *WordNet) senses(p, word string) ([]int64, string) {
	offs, base := w.allSenses(p, word)
	if len(offs) > sensesPerWord {
		offs = offs[:sensesPerWord]
	}
	return offs, base
}

// allSenses is senses without the bound: every sense of word as part of
// speech p, most frequent first.
func (w *WordNet) allSenses(p, word string) ([]int64, string) {
	offs, err := w.lookup(p, word)
	base := word
	for _, m := range morphy[p] {
		if err == nil {
			break
		}
		if b, ok := strings.CutSuffix(word, m[0]); ok && b != "" {
			base = b + m[1]
			offs, err = w.lookup(p, base)
		}
	}
	if err != nil && p == "verb" {
		offs, base = w.verbCollocation(word)
		if offs != nil {
			err = nil
		}
	}
	if err != nil {
		return nil, ""
	}
	return offs, base
}

// morphy are WordNet's detachment rules (morphy(7WN)): a suffix and what
// replaces it, tried in order when a word is not in the index as written.
var morphy = map[string][][2]string{
	"noun": {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	"verb": {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
	"adj":  {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
}

// errNotFound is returned by lookup for a word the index lacks.
var errNotFound = errors.New("wordnet: not found")

// lookup finds word in index.p by binary search over line starts and
// returns its synset offsets, most frequent sense first.
func (w *WordNet) lookup(p, word string) ([]int64, error) {
	line, err := w.indexLine(p, word)
	if err != nil {
		return nil, err
	}
	return offsets(line)
}

// indexLine finds word's line in index.p by binary search over line
// starts.
func (w *WordNet) indexLine(p, word string) ([]byte, error) {
	f := w.index[p]
	key := []byte(word + " ")
	lo, hi := int64(0), w.size[p] // invariant: the line sought starts in [lo, hi)
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lineStart(f, mid, lo)
		line := readLine(f, start)
		if line == nil {
			return nil, errNotFound
		}
		c := bytes.Compare(line[:min(len(line), len(key))], key)
		switch {
		case bytes.HasPrefix(line, []byte("  ")) || c < 0:
			lo = start + int64(len(line)) + 1
		case c == 0:
			return line, nil
		default:
			hi = start
		}
	}
	return nil, errNotFound
}

// lineStart returns the start of the line holding byte off, not before lo.
func lineStart(f *os.File, off, lo int64) int64 {
	buf := make([]byte, 512)
	for off > lo {
		from := max(lo, off-int64(len(buf)))
		n, _ := f.ReadAt(buf[:off-from], from)
		if i := bytes.LastIndexByte(buf[:n], '\n'); i >= 0 {
			return from + int64(i) + 1
		}
		off = from
	}
	return lo
}

// readLine reads the line that starts at off, or nil at the end.
func readLine(f *os.File, off int64) []byte {
	var line []byte
	buf := make([]byte, 256)
	for {
		n, _ := f.ReadAt(buf, off)
		if n == 0 {
			return line
		}
		if i := bytes.IndexByte(buf[:n], '\n'); i >= 0 {
			return append(line, buf[:i]...)
		}
		line = append(line, buf[:n]...)
		off += int64(n)
	}
}

// offsets parses an index line: lemma pos synset_cnt p_cnt [ptr…]
// sense_cnt tagsense_cnt offset…
func offsets(line []byte) ([]int64, error) {
	fs := strings.Fields(string(line))
	if len(fs) < 4 {
		return nil, errNotFound
	}
	synsets, _ := strconv.Atoi(fs[2])
	ptrs, _ := strconv.Atoi(fs[3])
	first := 4 + ptrs + 2
	if first+synsets > len(fs) {
		return nil, errNotFound
	}
	out := make([]int64, 0, synsets)
	for _, s := range fs[first : first+synsets] {
		v, err := strconv.ParseInt(s, 10, 64)
		if err == nil {
			out = append(out, v)
		}
	}
	return out, nil
}

// synset reads the words of the synset at off in data.p: offset
// lex_filenum ss_type w_cnt(hex) word lex_id …
func (w *WordNet) synset(p string, off int64) []string {
	line := readLine(w.data[p], off)
	fs := strings.Fields(string(line))
	if len(fs) < 4 {
		return nil
	}
	n, err := strconv.ParseInt(fs[3], 16, 32)
	if err != nil {
		return nil
	}
	var out []string
	for i := 0; i < int(n) && 4+2*i < len(fs); i++ {
		l := strings.ToLower(fs[4+2*i])
		if j := strings.IndexByte(l, '('); j >= 0 {
			l = l[:j] // adjective markers: "(a)", "(p)"
		}
		out = append(out, l)
	}
	return out
}

// KindOf reports whether a noun names a kind of ancestor ("passengers" is
// a kind of "person"), following WordNet's hypernym links from the word's
// two most frequent senses.
func (w *WordNet) KindOf(word, ancestor string) bool {
	word = strings.ToLower(strings.TrimSpace(word))
	return memo(&w.mu, w.kinds, word+"\x00"+ancestor, func() bool { return w.kindOf(word, ancestor) })
}

// kindOf is KindOf without the cache. A plural WordNet also lists as a
// lemma of its own ("viewers": the television audience) is read in its
// singular's senses too, as WordNet's morphy returns every base form of
// an inflected word, the surface form among them (morphy(7WN); so do
// NLTK's and the WordNet library's own): "viewers" are viewers, kinds of
// person, as well as an audience.
func (w *WordNet) kindOf(word, ancestor string) bool {
	offs, _ := w.senses("noun", word)
	offs = append(offs, w.singularSenses(word)...)
	offs = append(offs, w.irregularPluralSenses(word)...)
	if ancestor == "person" && slices.ContainsFunc(offs, w.personSynset) {
		return true
	}
	return w.climb("noun", offs, func(off int64) bool {
		words, _ := w.synsetLinks("noun", off)
		return slices.Contains(words, ancestor)
	})
}

// personSynset reports whether the noun synset at off is filed in the
// lexicographer file noun.person, "nouns denoting people" (lexnames(5WN),
// number 18). Every person noun is filed there, though some reach person
// by no hypernym link: a "motorist" is a driver, an operator, a causal
// agent, and person is only beside causal agent, not below it.
func (w *WordNet) personSynset(off int64) bool {
	fs := strings.Fields(string(readLine(w.data["noun"], off)))
	return len(fs) > 1 && fs[1] == personLexFile
}

// personLexFile is the number of noun.person among the lexicographer
// files (lexnames(5WN)).
const personLexFile = "18"

// singularSenses are the senses, bounded as senses bounds them, of the
// singular a noun rule of detachment gives a plural that is itself in
// the index; none for any other word (allSenses detaches those already).
func (w *WordNet) singularSenses(word string) []int64 {
	if _, err := w.lookup("noun", word); err != nil {
		return nil
	}
	for _, m := range morphy["noun"] {
		b, ok := strings.CutSuffix(word, m[0])
		if !ok || b == "" {
			continue
		}
		if offs, err := w.lookup("noun", b+m[1]); err == nil {
			return offs[:min(len(offs), sensesPerWord)]
		}
	}
	return nil
}

// irregularPluralSenses are the noun senses of the singular of an
// irregular plural ("men", "children", "people", "chairwomen"), which
// morphy finds in noun.exc or by its "-men" rule before any suffix
// (morphy(7WN)); nil for any other word.
func (w *WordNet) irregularPluralSenses(word string) []int64 {
	b := w.pluralBase(word)
	if _, listed := w.nounExc.base(word); !listed && strings.HasSuffix(word, "men") {
		b = w.Lemma(word)
	}
	if b == "" || b == word {
		return nil
	}
	offs, _ := w.senses("noun", b)
	return offs[:min(len(offs), sensesPerWord)]
}

// climb walks the hypernym links ("@" and "@i") up from the synsets offs,
// breadth first and at most 16 levels, and reports whether found holds for
// one of the synsets reached, offs included.
func (w *WordNet) climb(p string, offs []int64, found func(off int64) bool) bool {
	seen := map[int64]bool{}
	for depth := 0; depth <= 16 && len(offs) > 0; depth++ {
		var next []int64
		for _, off := range offs {
			if seen[off] {
				continue
			}
			seen[off] = true
			if found(off) {
				return true
			}
			for _, sym := range []string{"@", "@i"} {
				for _, t := range w.pointers(p, off, sym) {
					next = append(next, t.off)
				}
			}
		}
		offs = next
	}
	return false
}

// synsetLinks reads the words of the synset at off and the offsets of its
// hypernyms ("@" and "@i" pointers).
func (w *WordNet) synsetLinks(p string, off int64) ([]string, []int64) {
	fs := strings.Fields(string(readLine(w.data[p], off)))
	if len(fs) < 4 {
		return nil, nil
	}
	n, err := strconv.ParseInt(fs[3], 16, 32)
	if err != nil {
		return nil, nil
	}
	var words []string
	for i := 0; i < int(n) && 4+2*i < len(fs); i++ {
		words = append(words, strings.ToLower(fs[4+2*i]))
	}
	k := 4 + 2*int(n)
	if k >= len(fs) {
		return words, nil
	}
	pc, _ := strconv.Atoi(fs[k])
	var ups []int64
	for i := 0; i < pc && k+4+4*i <= len(fs); i++ {
		sym, target, pos := fs[k+1+4*i], fs[k+2+4*i], fs[k+3+4*i]
		if (sym == "@" || sym == "@i") && pos == "n" {
			if v, err := strconv.ParseInt(target, 10, 64); err == nil {
				ups = append(ups, v)
			}
		}
	}
	return words, ups
}

// Related returns the words WordNet links to word as derivationally
// related forms ("attendance" → attend, "conclusion" → conclude,
// "dropout" → drop out), from the word's most frequent senses in every
// part of speech. An inflected form morphy's rules miss links as its base
// form from the exception lists ("testified" as "testify" → testimony).
// A participle English uses only in the passive links as the verb WordNet
// lists with "be" ("born" as "be born" → birth; WordNet 3.0 files such
// verbs under "be_born", "be_after").
func (w *WordNet) Related(word string) []string {
	word = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(word), " ", "_"))
	return memo(&w.mu, w.related, word, func() []string {
		out := w.relatedForms(word)
		if base := w.Lemma(word); len(out) == 0 && base != "" && base != word {
			out = w.relatedForms(strings.ReplaceAll(base, " ", "_"))
		}
		if len(out) == 0 && !strings.Contains(word, "_") {
			out = w.relatedForms("be_" + word) // "born": WordNet's verb is "be born" → birth
		}
		return out
	})
}

// Antonyms returns the words WordNet gives as the word's antonyms, from
// its most frequent senses in every part of speech ("alive" → dead,
// "open" → close): WordNet's lexical "!" pointers (wninput(5WN)).
func (w *WordNet) Antonyms(word string) []string {
	word = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(word), " ", "_"))
	return memo(&w.mu, w.opposed, word, func() []string {
		if base := w.Lemma(word); base != "" {
			word = base // an irregular form ("men") links as its base form ("man")
		}
		return w.lexicalLinks(word, "!")
	})
}

// relatedForms is Related without the cache: the derivational links, and
// for an adjective the noun it pertains to ("Swedish" → Sweden, the "\\"
// pointer of wninput(5WN)), which is its base as much as a derived form's.
func (w *WordNet) relatedForms(word string) []string {
	out := w.lexicalLinks(word, "+")
	for _, l := range w.lexicalLinks(word, "\\") {
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// lexicalLinks follows the lexical pointers of one symbol from the word
// itself (not from the other words of its synsets) in its most frequent
// senses, and returns the words they lead to.
func (w *WordNet) lexicalLinks(word, symbol string) []string {
	seen := map[string]bool{word: true}
	var out []string
	for _, p := range parts {
		offs, base := w.senses(p, word)
		for _, off := range offs {
			own, _ := w.synsetLinks(p, off)
			for _, t := range w.pointers(p, off, symbol) {
				if t.from < 1 || t.from > len(own) || marker(own[t.from-1]) != base {
					continue // a link of another word of the synset
				}
				words, _ := w.synsetLinks(t.pos, t.off)
				if t.to < 1 || t.to > len(words) {
					continue
				}
				l := words[t.to-1]
				if j := strings.IndexByte(l, '('); j >= 0 {
					l = l[:j]
				}
				if !seen[l] {
					seen[l] = true
					out = append(out, strings.ReplaceAll(l, "_", " "))
				}
			}
		}
	}
	return out
}

// target is a synset a pointer leads to, and for a lexical pointer the
// numbers (from 1) of the word it links from and to.
type target struct {
	pos      string
	off      int64
	from, to int
}

// posFiles maps a pointer's part-of-speech letter to its data file.
var posFiles = map[string]string{"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}

// pointers returns the targets of the synset at off reached by pointers of
// the given symbol.
func (w *WordNet) pointers(p string, off int64, symbol string) []target {
	return pointersOf(strings.Fields(string(readLine(w.data[p], off))), symbol)
}

// pointerField finds, in a data line's fields, the index of its pointer
// count (past the synset's words, wndb(5WN)) and the count; false for a
// malformed line.
func pointerField(fs []string) (k, count int, ok bool) {
	if len(fs) < 4 {
		return 0, 0, false
	}
	n, err := strconv.ParseInt(fs[3], 16, 32)
	if err != nil {
		return 0, 0, false
	}
	k = 4 + 2*int(n)
	if k >= len(fs) {
		return 0, 0, false
	}
	count, _ = strconv.Atoi(fs[k])
	return k, count, true
}

// pointersOf returns the targets of the pointers of the given symbol in a
// data line's fields.
func pointersOf(fs []string, symbol string) []target {
	k, pc, ok := pointerField(fs)
	if !ok {
		return nil
	}
	var out []target
	for i := 0; i < pc && k+4+4*i <= len(fs); i++ {
		sym, off, pos, st := fs[k+1+4*i], fs[k+2+4*i], fs[k+3+4*i], fs[k+4+4*i]
		if sym != symbol || posFiles[pos] == "" || len(st) != 4 {
			continue
		}
		v, err := strconv.ParseInt(off, 10, 64)
		from, err1 := strconv.ParseInt(st[:2], 16, 32)
		to, err2 := strconv.ParseInt(st[2:], 16, 32)
		if err == nil && err1 == nil && err2 == nil {
			out = append(out, target{pos: posFiles[pos], off: v, from: int(from), to: int(to)})
		}
	}
	return out
}

// neighbourLinks are the semantic pointers Neighbours follows, one step:
// hypernym, a verb's entailment and cause, an adjective's similar senses
// (wninput(5WN)). Hyponyms are left out: a word has many, most of them
// rare senses ("list" has "key" and "post"), and they matched noise.
var neighbourLinks = []string{"@", "~", "*", ">", "&"}

// nounNeighbourLinks are neighbourLinks and, for a noun, its part
// meronyms and holonyms ("%p", "#p"; wninput(5WN)): a whole and its
// parts are told of one another in news writing ("the stock fell" and
// "shares fell": WordNet's share n.1 is part of stock n.1).
var nounNeighbourLinks = append(slices.Clone(neighbourLinks), "%p", "#p")

// Neighbours returns the words one semantic link away from the most
// frequent senses of word: its broader terms, what it entails or causes
// ("kill" causes "die"), similar adjectives. They are weaker evidence
// than synonyms.
func (w *WordNet) Neighbours(word string) []string {
	return w.neighboursAs(word, parts, "")
}

// neighboursAs is Neighbours over the senses of word as the parts of
// speech ps, memoised under key's prefix.
func (w *WordNet) neighboursAs(word string, ps []string, prefix string) []string {
	word = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(word), " ", "_"))
	return memo(&w.mu, w.near, prefix+word, func() []string {
		seen := map[string]bool{word: true}
		var out []string
		for _, p := range ps {
			offs, _ := w.senses(p, word)
			for _, off := range offs {
				links := neighbourLinks
				if prefix == "noun\x00" {
					links = nounNeighbourLinks
				}
				for _, sym := range links {
					if sym == "~" && p != "noun" {
						continue // a verb's troponyms are manners of it, mostly rare senses
					}
					for _, t := range w.pointers(p, off, sym) {
						for _, l := range w.synset(t.pos, t.off) {
							if !seen[l] {
								seen[l] = true
								out = append(out, strings.ReplaceAll(l, "_", " "))
							}
						}
					}
				}
			}
		}
		return out
	})
}

// marker strips an adjective's syntactic marker from a synset word:
// "alive(p)", "elect(ip)" (wndb(5WN), the markers (p), (a) and (ip)).
func marker(w string) string {
	if j := strings.IndexByte(w, '('); j > 0 && strings.HasSuffix(w, ")") {
		return w[:j]
	}
	return w
}

// Causers returns the verbs whose act brings about the act of word in one
// of its most frequent verb senses: the words of the verb synsets with a
// cause pointer (">", wninput(5WN)) to it ("learn" ← teach, "die" ←
// kill). WordNet records a cause only from the causing verb, so the
// pointers are gathered, reversed, from the whole of data.verb on first
// use (about 220 of them).
func (w *WordNet) Causers(word string) []string {
	word = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(word), " ", "_"))
	w.causeOnce.Do(w.readCauses)
	return memo(&w.mu, w.causers, word, func() []string {
		if base := w.Lemma(word); base != "" {
			word = strings.ReplaceAll(base, " ", "_") // "taught": teach
		}
		offs, base := w.senses("verb", word)
		seen := map[string]bool{word: true, base: true}
		var out []string
		for _, off := range offs {
			for _, c := range w.causedBy[off] {
				for _, l := range w.synset("verb", c) {
					if !seen[l] {
						seen[l] = true
						out = append(out, strings.ReplaceAll(l, "_", " "))
					}
				}
			}
		}
		return out
	})
}

// readCauses fills causedBy from the cause pointers of data.verb.
func (w *WordNet) readCauses() {
	w.causedBy = map[int64][]int64{}
	f := w.data["verb"]
	sc := bufio.NewScanner(io.NewSectionReader(f, 0, 1<<40))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line := sc.Bytes()
		if len(line) == 0 || line[0] == ' ' || !bytes.Contains(line, []byte(" > ")) {
			continue // the licence header, or a synset without a cause
		}
		fs := strings.Fields(string(line))
		from, err := strconv.ParseInt(fs[0], 10, 64)
		if err != nil {
			continue
		}
		for _, t := range pointersOf(fs, ">") {
			if t.pos == "verb" {
				w.causedBy[t.off] = append(w.causedBy[t.off], from)
			}
		}
	}
}
