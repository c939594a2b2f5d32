// "Verify this act": checks, in this browser and with WebCrypto only, that the act's leaf is in the signed tree.
// RFC 9162 section 2.1: leaf hash SHA-256(0x00 || leaf), node hash SHA-256(0x01 || left || right); the inclusion
// proof is checked as in section 2.1.3.2. The checkpoint is a C2SP signed note, signed with Ed25519.
(function () {
  'use strict';

  const section = document.getElementById('verify');
  if (!section) {
    return;
  }
  const button = document.getElementById('verify-button');
  const result = document.getElementById('verify-result');
  const steps = document.getElementById('verify-steps');
  const leafDetails = document.getElementById('verify-leaf-details');
  const leafText = document.getElementById('verify-leaf');
  const texts = section.dataset;

  function say(template, ...values) {
    return values.reduce((text, value, i) => text.split('{' + i + '}').join(String(value)), template || '');
  }

  function step(text, state) {
    const item = document.createElement('li');
    item.className = state;
    item.textContent = text;
    steps.appendChild(item);
  }

  function finish(state, text) {
    result.className = 'verify-result ' + state;
    result.dataset.state = state;
    result.textContent = text;
    button.disabled = false;
  }

  function fromBase64(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
  }

  function concat(...parts) {
    const length = parts.reduce((sum, part) => sum + part.length, 0);
    const out = new Uint8Array(length);
    let offset = 0;
    for (const part of parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }

  function equal(a, b) {
    return a.length === b.length && a.every((byte, i) => byte === b[i]);
  }

  function hex(bytes) {
    return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
  }

  async function sha256(bytes) {
    return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  }

  const leafHash = leaf => sha256(concat(Uint8Array.of(0), leaf));
  const nodeHash = (left, right) => sha256(concat(Uint8Array.of(1), left, right));

  /** RFC 9162 2.1.3.2: the root that the audit path leads to from the leaf, or an error if the path is malformed. */
  async function rootFromInclusionProof(index, size, hash, path) {
    if (index >= size) {
      throw new Error('leaf index beyond tree size');
    }
    let fn = index;
    let sn = size - 1;
    let r = hash;
    for (const p of path) {
      if (sn === 0) {
        throw new Error('inclusion proof too long');
      }
      if (fn % 2 === 1 || fn === sn) {
        r = await nodeHash(p, r);
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      } else {
        r = await nodeHash(r, p);
      }
      fn = Math.floor(fn / 2);
      sn = Math.floor(sn / 2);
    }
    if (sn !== 0) {
      throw new Error('inclusion proof too short');
    }
    return r;
  }

  /** A signed note split at its last blank line: the text (with its final newline) and the signature lines. */
  function parseCheckpoint(note) {
    const split = note.lastIndexOf('\n\n');
    if (split < 0) {
      throw new Error('checkpoint is not a signed note');
    }
    const text = note.substring(0, split + 1);
    const lines = text.split('\n');
    const size = Number(lines[1]);
    if (!Number.isSafeInteger(size) || size < 0) {
      throw new Error('checkpoint has no tree size');
    }
    const signatures = note.substring(split + 2).split('\n').filter(line => line.length > 0).map(line => {
      const parts = line.split(' ');
      if (parts.length !== 3 || parts[0] !== '\u2014') {
        throw new Error('malformed signature line');
      }
      const blob = fromBase64(parts[2]);
      return {name: parts[1], keyId: blob.slice(0, 4), signature: blob.slice(4)};
    });
    return {text, origin: lines[0], size, root: fromBase64(lines[2]), signatures};
  }

  /**
   * The checkpoint's signature by the log key, as the key's name, key id and Ed25519 key say:
   * 'ok', 'unsupported' (this browser's WebCrypto has no Ed25519) or 'fail'.
   */
  async function checkSignature(checkpoint, verifierKey) {
    // <name>+<key id hex>+<base64 key>: the base64 may itself contain '+'.
    const first = verifierKey.indexOf('+');
    const second = verifierKey.indexOf('+', first + 1);
    if (first < 0 || second < 0) {
      return 'fail';
    }
    const name = verifierKey.substring(0, first);
    const id = verifierKey.substring(first + 1, second);
    const keyBytes = fromBase64(verifierKey.substring(second + 1));
    if (keyBytes.length !== 33 || keyBytes[0] !== 1) {
      return 'fail';
    }
    const raw = keyBytes.slice(1);
    const keyId = (await sha256(concat(new TextEncoder().encode(name), Uint8Array.of(0x0a, 0x01), raw))).slice(0, 4);
    if (hex(keyId) !== id || checkpoint.origin !== name) {
      return 'fail';
    }
    const mine = checkpoint.signatures.filter(s => s.name === name && equal(s.keyId, keyId));
    if (mine.length === 0) {
      return 'fail';
    }
    let publicKey;
    try {
      publicKey = await crypto.subtle.importKey('raw', raw, {name: 'Ed25519'}, false, ['verify']);
    } catch (unsupported) {
      return 'unsupported';
    }
    const message = new TextEncoder().encode(checkpoint.text);
    for (const s of mine) {
      if (s.signature.length !== 64 || !(await crypto.subtle.verify({name: 'Ed25519'}, publicKey, s.signature, message))) {
        return 'fail';
      }
    }
    return 'ok';
  }

  async function get(url, as) {
    const response = await fetch(url, {cache: 'no-store', credentials: 'omit'});
    if (!response.ok) {
      throw new Error(url + ': HTTP ' + response.status);
    }
    return as === 'json' ? response.json() : response.text();
  }

  async function verify() {
    const position = Number(section.dataset.position);
    steps.replaceChildren();
    leafDetails.hidden = true;
    result.className = 'verify-result working';
    result.textContent = texts.working;
    button.disabled = true;
    if (!window.crypto || !crypto.subtle) {
      finish('inconclusive', texts.noCrypto);
      return;
    }
    try {
      const checkpoint = parseCheckpoint(await get('/api/ledger/checkpoint', 'text'));
      step(say(texts.stepCheckpoint, checkpoint.size, checkpoint.origin), 'info');
      const signature = await checkSignature(checkpoint, (await get('/api/ledger/key', 'text')).trim());
      if (signature === 'fail') {
        step(texts.stepSignatureFail, 'fail');
        finish('fail', texts.fail);
        return;
      }
      step(signature === 'ok' ? texts.stepSignatureOk : texts.stepSignatureUnsupported,
        signature === 'ok' ? 'ok' : 'info');
      if (position >= checkpoint.size) {
        finish('inconclusive', say(texts.notCovered, checkpoint.size));
        return;
      }
      const entries = await get('/api/ledger/entries?start=' + position + '&end=' + (position + 1), 'json');
      const entry = entries.find(e => e.index === position);
      if (!entry || !entry.leaf && !entry.leafHash) {
        throw new Error('no leaf at position ' + position);
      }
      let hash;
      if (entry.leaf) {
        const leaf = fromBase64(entry.leaf);
        leafText.textContent = new TextDecoder().decode(leaf);
        leafDetails.hidden = false;
        hash = await leafHash(leaf);
        step(say(texts.stepLeaf, leaf.length, btoa(String.fromCharCode(...hash))), 'info');
      } else {
        // Withheld fields (docs/security.md): only the leaf hash is public, so only it can be checked.
        hash = fromBase64(entry.leafHash);
        step(say(texts.stepLeafHash, entry.leafHash), 'info');
      }
      const proof = await get('/api/ledger/proof/inclusion?index=' + position + '&treeSize=' + checkpoint.size, 'json');
      if (proof.index !== position || proof.treeSize !== checkpoint.size) {
        throw new Error('the proof is for another leaf or tree');
      }
      let root;
      try {
        root = await rootFromInclusionProof(position, checkpoint.size, hash, proof.proof.map(fromBase64));
      } catch (malformed) {
        root = null;
      }
      if (root && equal(root, checkpoint.root)) {
        step(say(texts.stepProofOk, proof.proof.length), 'ok');
        finish('ok', texts.ok);
      } else {
        step(texts.stepProofFail, 'fail');
        finish('fail', texts.fail);
      }
    } catch (error) {
      step(say(texts.stepError, error.message), 'fail');
      finish('fail', texts.fail);
    }
  }

  button.hidden = false;
  button.addEventListener('click', verify);
})();
