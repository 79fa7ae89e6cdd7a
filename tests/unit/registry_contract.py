"""The contract every registry implementation passes (tempmail.registry.Registry).

An implementation's test module subclasses RegistryContract and gives a
``make`` fixture: make(clock=None) returns a fresh, initialized registry.
"""

import pytest

from tempmail.registry import AddressTaken, Entry, RegistryError, Webhook


class RegistryContract:
    """Behaviour, not storage: what the app, purge and the router rely on."""

    @pytest.fixture
    def reg(self, make):
        return make()

    def test_add_lookup_and_token(self, reg):
        entry = reg.add("a@tm.test", "m1", "secret-token", 60, now=1000.0)
        assert entry == Entry("a@tm.test", "m1", 1000.0, 1060.0, 0, 1000.0)
        assert reg.lookup("a@tm.test", now=1001.0).mailbox_id == "m1"
        assert reg.by_token("secret-token", now=1001.0).address == "a@tm.test"
        assert reg.by_token("other-token", now=1001.0) is None
        assert reg.by_mailbox("m1", now=1001.0).address == "a@tm.test"
        assert reg.by_mailbox("m2", now=1001.0) is None
        assert reg.lookup("b@tm.test", now=1001.0) is None

    def test_expiry_and_idle_limit(self, reg):
        reg.add("a@tm.test", "m1", "t1", 100, now=1000.0)
        reg.add("b@tm.test", "m2", "t2", 100, idle_limit=10, now=1000.0)
        assert reg.lookup("a@tm.test", now=1099.9) is not None
        assert reg.lookup("a@tm.test", now=1100.0) is None
        assert reg.lookup("b@tm.test", now=1009.0) is not None
        assert reg.lookup("b@tm.test", now=1010.0) is None
        reg.touch("b@tm.test", now=1009.0)
        assert reg.lookup("b@tm.test", now=1015.0) is not None
        assert [e.address for e in reg.live(now=1015.0)] == ["a@tm.test", "b@tm.test"]
        assert [e.address for e in reg.expired(now=1100.0)] == ["a@tm.test", "b@tm.test"]
        assert len(reg.expired(now=1100.0, limit=1)) == 1
        assert reg.by_token("t1", now=1100.0) is None
        assert reg.by_mailbox("m1", now=1100.0) is None

    def test_touch_never_moves_backwards_nor_revives(self, reg):
        reg.add("a@tm.test", "m1", "t1", 100, idle_limit=10, now=1000.0)
        reg.touch("a@tm.test", now=1005.0)
        reg.touch("a@tm.test", now=1001.0)
        assert reg.lookup("a@tm.test", now=1006.0).last_activity == 1005.0
        reg.touch("a@tm.test", now=1020.0)  # idle since 1015: dead, stays dead
        assert reg.lookup("a@tm.test", now=1020.0) is None

    def test_the_clock_is_injectable(self, make):
        now = [5000.0]
        reg = make(clock=lambda: now[0])
        reg.add("a@tm.test", "m1", "t", 10)
        assert reg.lookup("a@tm.test") is not None
        now[0] += 10
        assert reg.lookup("a@tm.test") is None

    def test_retired_addresses_are_never_issued_again(self, reg):
        reg.add("a@tm.test", "m1", "t1", 60)
        with pytest.raises(AddressTaken):
            reg.add("a@tm.test", "m2", "t2", 60)
        assert reg.retire("a@tm.test").mailbox_id == "m1"
        assert reg.lookup("a@tm.test") is None
        with pytest.raises(AddressTaken):
            reg.add("a@tm.test", "m3", "t3", 60)
        assert reg.retire("never@tm.test") is None
        with pytest.raises(AddressTaken):
            reg.add("never@tm.test", "m4", "t4", 60)  # retiring an unknown one reserves it too
        assert reg.counts() == (0, 0, 2)

    def test_retire_many_and_mailbox_ids(self, reg):
        for n in range(3):
            reg.add(f"a{n}@tm.test", f"m{n}", f"t{n}", 60, now=1000.0)
        assert reg.all_mailbox_ids() == {"m0", "m1", "m2"}
        retired = reg.retire_many(["a0@tm.test", "a2@tm.test", "zz@tm.test"])
        assert [e.mailbox_id if e else None for e in retired] == ["m0", "m2", None]
        assert reg.all_mailbox_ids() == {"m1"}
        assert reg.counts(now=1000.0) == (1, 0, 3)
        assert reg.counts(now=2000.0) == (0, 1, 3)

    def test_extend_never_shortens(self, reg):
        reg.add("a@tm.test", "m1", "t1", 60, now=1000.0)
        assert reg.extend("a@tm.test", 2000.0, now=1001.0).expires_at == 2000.0
        assert reg.extend("a@tm.test", 1500.0, now=1001.0).expires_at == 2000.0
        assert reg.extend("a@tm.test", 9000.0, now=2001.0) is None

    def test_a_taken_mailbox_id_or_token_is_refused(self, reg):
        reg.add("a@tm.test", "m1", "t1", 60)
        with pytest.raises((AddressTaken, RegistryError)):
            reg.add("b@tm.test", "m1", "t2", 60)
        assert reg.lookup("b@tm.test") is None

    def test_checkpoint_and_close_are_safe_to_call(self, reg):
        reg.add("a@tm.test", "m1", "t1", 60)
        assert reg.checkpoint() in (True, False)
        reg.close()
        assert reg.lookup("a@tm.test") is not None
        assert reg.init() is not None  # again: keeps what is there
        assert reg.lookup("a@tm.test") is not None

    def test_announce_is_safe_to_call(self, reg):
        reg.add("a@tm.test", "m1", "t1", 60)
        assert reg.announce("m1", "1700000000.Kabc.host,S=12") is None

    def test_webhook_settings_live_and_die_with_the_address(self, reg):
        reg.add("a@tm.test", "m1", "t1", 60, now=1000.0)
        assert reg.webhook("a@tm.test") is None
        assert reg.put_webhook("a@tm.test", None, None, allowed=True, client="k1", now=1001.0)
        assert reg.webhook("a@tm.test") == Webhook("a@tm.test", None, None, True, "", "k1")
        assert reg.put_webhook("a@tm.test", "https://example.org/h", "whsec_x",
                               "https://tm.test/api/v1", now=1002.0)
        hook = reg.webhook("a@tm.test")
        assert (hook.url, hook.secret, hook.allowed, hook.api_base, hook.client) == \
            ("https://example.org/h", "whsec_x", True, "https://tm.test/api/v1", "k1")
        assert reg.put_webhook("a@tm.test", None, "ignored", now=1003.0)  # cleared
        hook = reg.webhook("a@tm.test")
        assert (hook.url, hook.secret, hook.allowed) == (None, None, True)
        assert not reg.put_webhook("b@tm.test", "https://example.org/h", "s", now=1003.0)
        assert not reg.put_webhook("a@tm.test", "https://example.org/h", "s", now=2000.0)
        assert reg.webhook("b@tm.test") is None
        reg.put_webhook("a@tm.test", "https://example.org/h", "whsec_y", now=1004.0)
        reg.retire_many(["a@tm.test"])
        assert reg.webhook("a@tm.test") is None

    def test_quick_check_and_newest_time_for_the_doctor(self, reg):
        assert reg.quick_check() == []
        assert reg.newest_time() is None
        reg.add("a@tm.test", "m1", "t1", 100, idle_limit=50, now=1000.0)
        reg.add("b@tm.test", "m2", "t2", 100, now=1200.0)
        reg.touch("a@tm.test", now=1030.0)
        assert reg.newest_time() == 1200.0
        reg.touch("a@tm.test", now=1300.0)  # a@ is gone by then: touch never revives it
        assert reg.newest_time() == 1200.0
        assert reg.quick_check() == []

    def test_keys_are_kept_with_the_address_and_go_with_it(self, reg):
        public, wrapped = b"P" * 32, b"W" * 72
        entry = reg.add("a@tm.test", "m1", "t1", 60, public_key=public, wrapped_key=wrapped,
                        now=1000.0)
        assert entry.sealed and (entry.public_key, entry.wrapped_key) == (public, wrapped)
        for found in (reg.lookup("a@tm.test", now=1001.0), reg.by_token("t1", now=1001.0),
                      reg.by_mailbox("m1", now=1001.0), reg.live(now=1001.0)[0],
                      reg.extend("a@tm.test", 2000.0, now=1001.0)):
            assert (found.public_key, found.wrapped_key) == (public, wrapped)
        assert "W" * 8 not in repr(entry)   # the wrapped key never shows in a log line
        assert reg.expired(now=3000.0)[0].public_key == public
        [retired] = reg.retire_many(["a@tm.test"])
        assert retired.public_key == public
        assert reg.lookup("a@tm.test", now=1001.0) is None
        assert reg.by_token("t1", now=1001.0) is None

    def test_an_address_without_keys_is_a_plain_mailbox(self, reg):
        entry = reg.add("a@tm.test", "m1", "t1", 60, now=1000.0)
        assert not entry.sealed and entry.wrapped_key is None
        assert not reg.lookup("a@tm.test", now=1001.0).sealed
        with pytest.raises(ValueError):   # both or neither
            reg.add("b@tm.test", "m2", "t2", 60, public_key=b"P" * 32)
