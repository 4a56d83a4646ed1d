// Every unit test gets an in-memory IndexedDB; tests pick unique database names so they never share state.
import 'fake-indexeddb/auto'
