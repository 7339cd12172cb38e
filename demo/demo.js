// The demo's language menu changes <html lang>, which every widget follows. `?lang=ar` in the
// address opens the page in that language.
const switcher = document.getElementById('locale-switcher');
const requested = new URLSearchParams(location.search).get('lang');
if (requested) document.documentElement.lang = requested;
switcher.value = document.documentElement.lang;
switcher.addEventListener('change', () => {
  document.documentElement.lang = switcher.value;
  const address = new URL(location.href);
  address.searchParams.set('lang', switcher.value);
  history.replaceState(null, '', address);
});
