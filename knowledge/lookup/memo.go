package lookup

import (
	"strings"
	"sync"
)

// Caches of pure functions of a word. Answering one question stems and
// looks up the same few hundred words many times over (every candidate
// sentence's number is checked against the question's units, every
// question word against the article's inflections), and the answers
// depend only on the word, or on the word and the article: they are
// computed once and kept.

// maxMemo bounds each cache: questions can carry any number of made-up
// words, and a cache that only grew would hold them all. A full cache is
// emptied and fills again with the words in use.
const maxMemo = 1 << 13

// wordMemo is a concurrency-safe cache of a pure function of a word, or
// of a question's text. The zero value is ready to use and holds up to
// maxMemo keys; size, when set, bounds it instead.
type wordMemo[V any] struct {
	mu   sync.RWMutex
	m    map[string]V
	size int
}

// get returns f(w), computing it on first use. The key is copied: w may
// be a slice of a long question, which the cache should not keep alive.
func (c *wordMemo[V]) get(w string, f func(string) V) V {
	c.mu.RLock()
	v, ok := c.m[w]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = f(w)
	c.mu.Lock()
	if c.m == nil || len(c.m) >= c.bound() {
		c.m = make(map[string]V)
	}
	c.m[strings.Clone(w)] = v
	c.mu.Unlock()
	return v
}

// bound is how many keys the cache holds before it is emptied.
func (c *wordMemo[V]) bound() int {
	if c.size > 0 {
		return c.size
	}
	return maxMemo
}

// reset empties the cache.
func (c *wordMemo[V]) reset() {
	c.mu.Lock()
	c.m = nil
	c.mu.Unlock()
}

// stems caches stemOf: the Snowball stemmer is the dearest step of
// reading a word, and the same words recur in every question.
var stems wordMemo[string]
